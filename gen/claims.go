package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// claim is one sentence of a report with what it states.
type claim struct {
	text   string
	truths []Truth
}

// claimer draws claims for one report.
type claimer struct {
	rng   *rand.Rand
	plant float64 // share of checkable claims to make inconsistent
}

func (c *claimer) planted() bool { return c.rng.Float64() < c.plant }

func record(form string, ind indicatorSpec, unit string, value float64) Truth {
	return Truth{Kind: "record", Form: form, Indicator: ind.id, Unit: unit, Value: f64(value)}
}

func checkOf(form, kind string, stated float64, planted bool) Truth {
	status := "ok"
	if planted {
		status = "mismatch"
	}
	return Truth{Kind: "check", Form: form, Check: kind, Stated: f64(stated), Status: status, Planted: planted}
}

// actualTarget draws an actual value and a plan target near it.
func (c *claimer) actualTarget(ind indicatorSpec) (int, int) {
	a := between(c.rng, ind.lo, ind.hi)
	b := a * between(c.rng, 70, 140) / 100
	if b >= 1000 {
		b = b / 100 * 100
	}
	if b == 0 {
		b = 1
	}
	return a, b
}

// ratio states a/b with its percent, as "a/b ..., đạt p%" or "đạt p% (a/b)".
func (c *claimer) ratio(form string) claim {
	ind := pick(c.rng, indicators)
	a, b := c.actualTarget(ind)
	p := percentOf(a, b, c.rng.IntN(3))
	planted := c.planted()
	if planted {
		p = skew(c.rng, p)
	}
	var text string
	if form == FormParen {
		text = fmt.Sprintf("%s đạt %s%% kế hoạch (%s/%s %s).", bare(phraseOf(c.rng, ind)), p.vn(), vnInt(a), vnInt(b), ind.unit)
	} else {
		text = fmt.Sprintf("%s %s/%s %s, đạt %s%% kế hoạch.", phraseOf(c.rng, ind), vnInt(a), vnInt(b), ind.unit, p.vn())
	}
	r := record(form, ind, ind.unit, float64(a))
	r.Target, r.Percent = f64(float64(b)), f64(p.float())
	return claim{text, []Truth{r, checkOf(form, "percent", p.float(), planted)}}
}

func phraseOf(rng *rand.Rand, ind indicatorSpec) string { return pick(rng, ind.phrases) }

// bare drops the preposition or verb a phrase ends with when no figure
// follows it directly: "Tạo việc làm mới cho" → "Tạo việc làm mới".
func bare(phrase string) string {
	for _, w := range []string{" cho", " là"} {
		phrase = strings.TrimSuffix(phrase, w)
	}
	return phrase
}

func (c *claimer) count() claim {
	ind := pick(c.rng, indicators)
	n := between(c.rng, ind.lo, ind.hi)
	return claim{fmt.Sprintf("%s %s %s.", phraseOf(c.rng, ind), vnInt(n), ind.unit),
		[]Truth{record(FormCount, ind, ind.unit, float64(n))}}
}

func (c *claimer) money() claim {
	none := indicatorSpec{}
	if c.rng.IntN(2) == 0 {
		m := between(c.rng, 150, 90000) // triệu đồng
		return claim{fmt.Sprintf("Tổng kinh phí thực hiện các chính sách trợ giúp xã hội là %s triệu đồng.", vnInt(m)),
			[]Truth{record(FormMoney, none, "đồng", float64(m)*1e6)}}
	}
	t := dec{m: int64(between(c.rng, 12, 4000)), frac: 1} // tỷ đồng, one decimal
	return claim{fmt.Sprintf("Giải ngân vốn vay ưu đãi giải quyết việc làm %s tỷ đồng.", t.vn()),
		[]Truth{record(FormMoney, none, "đồng", float64(t.m)*1e8)}}
}

// total states two parts and their total ("tổng cộng"), which must add up.
func (c *claimer) total() claim {
	a, b := between(c.rng, 500, 20000), between(c.rng, 100, 3000)
	n := a + b
	planted := c.planted()
	if planted {
		n += between(c.rng, 1, 50) * 10
	}
	text := fmt.Sprintf("Trong năm có %s lao động làm việc trong nước và %s lao động làm việc ở nước ngoài, tổng cộng %s lao động.",
		vnInt(a), vnInt(b), vnInt(n))
	ind := indicatorSpec{id: "job_creation"}
	return claim{text, []Truth{
		record(FormTotal, ind, "lao động", float64(a)), record(FormTotal, ind, "lao động", float64(b)),
		record(FormTotal, ind, "lao động", float64(n)), checkOf(FormTotal, "sum", float64(n), planted)}}
}

// parts states a total and a full breakdown after "trong đó".
func (c *claimer) parts() claim {
	a, b, d := between(c.rng, 100, 5000), between(c.rng, 100, 5000), between(c.rng, 50, 2000)
	n := a + b + d
	planted := c.planted()
	if planted {
		n -= between(c.rng, 1, 40) * 10 // the parts now exceed the total
	}
	text := fmt.Sprintf("Tổng số %s người được trợ cấp xã hội hằng tháng, trong đó: %s người cao tuổi, %s người khuyết tật, %s trẻ em mồ côi.",
		vnInt(n), vnInt(a), vnInt(b), vnInt(d))
	ind := indicatorSpec{id: "social_assistance"}
	return claim{text, []Truth{
		record(FormParts, ind, "người", float64(n)), record(FormParts, ind, "người", float64(a)),
		record(FormParts, ind, "người", float64(b)), record(FormParts, ind, "trẻ em", float64(d)),
		checkOf(FormParts, "sum", float64(n), planted)}}
}

// product states a count, an amount per head and their product.
func (c *claimer) product() claim {
	per := pick(c.rng, []int64{500_000, 1_000_000, 2_000_000, 300_000})
	n := between(c.rng, 10, 900) * 10
	total := int64(n) * per
	planted := c.planted()
	if planted {
		total += int64(between(c.rng, 1, 30)) * 10_000_000
	}
	text := fmt.Sprintf("Tặng quà cho %s người có công với tổng kinh phí %s (%sđ/người).", vnInt(n), vnMoney(total), dec{m: per}.vn())
	ind := indicatorSpec{id: "merit_people"}
	return claim{text, []Truth{
		record(FormProduct, ind, "người", float64(n)), record(FormProduct, ind, "đồng", float64(total)),
		record(FormProduct, ind, "đồng", float64(per)), checkOf(FormProduct, "product", float64(total), planted)}}
}

// difference states a fall from A to B and its size.
func (c *claimer) difference() claim {
	from := between(c.rng, 1000, 20000)
	to := from - between(c.rng, 100, from/2)
	d := from - to
	planted := c.planted()
	if planted {
		d += between(c.rng, 1, 90) * 10
	}
	text := fmt.Sprintf("Số hộ nghèo giảm từ %s hộ xuống còn %s hộ, giảm %s hộ so với đầu năm.", vnInt(from), vnInt(to), vnInt(d))
	ind := indicatorSpec{id: "poor_households"}
	return claim{text, []Truth{
		record(FormDifference, ind, "hộ", float64(from)), record(FormDifference, ind, "hộ", float64(to)),
		record(FormDifference, ind, "hộ", float64(d)), checkOf(FormDifference, "difference", float64(d), planted)}}
}

// verdict states a/b with a verdict word that must agree with the figures.
func (c *claimer) verdict() claim {
	ind := pick(c.rng, indicators)
	a, b := c.actualTarget(ind)
	if a == b {
		b++
	}
	word := "vượt kế hoạch"
	if a < b {
		word = "không đạt kế hoạch"
	}
	planted := c.planted()
	if planted {
		if a < b {
			word = "vượt kế hoạch"
		} else {
			word = "không đạt kế hoạch"
		}
	}
	text := fmt.Sprintf("%s %s/%s %s (%s).", phraseOf(c.rng, ind), vnInt(a), vnInt(b), ind.unit, word)
	r := record(FormVerdict, ind, ind.unit, float64(a))
	r.Target = f64(float64(b))
	return claim{text, []Truth{r, checkOf(FormVerdict, "verdict", float64(a), planted)}}
}

// share states a part of a stated whole and its percent.
func (c *claimer) share() claim {
	n := between(c.rng, 1000, 30000)
	a := between(c.rng, 10, n*9/10)
	p := percentOf(a, n, 2)
	planted := c.planted()
	if planted {
		p = skew(c.rng, p)
	}
	text := fmt.Sprintf("Toàn tỉnh có %s hộ nghèo, trong đó %s hộ là đồng bào dân tộc thiểu số, chiếm %s%%.", vnInt(n), vnInt(a), p.vn())
	ind := indicatorSpec{id: "poor_households"}
	ra := record(FormShare, ind, "hộ", float64(a))
	ra.Percent = f64(p.float())
	return claim{text, []Truth{record(FormShare, ind, "hộ", float64(n)), ra,
		checkOf(FormShare, "share", p.float(), planted)}}
}

// plan states a target for next year; a record with no check.
func (c *claimer) plan(year int) claim {
	ind := pick(c.rng, indicators)
	n := between(c.rng, ind.lo, ind.hi) / 100 * 100
	if n == 0 {
		n = 100
	}
	r := record(FormPlan, ind, ind.unit, float64(n))
	r.Plan = true
	return claim{fmt.Sprintf("%s %s %s trong năm %d.", phraseOf(c.rng, ind), vnInt(n), ind.unit, year), []Truth{r}}
}

// next draws a results claim of a random form.
func (c *claimer) next() claim {
	switch c.rng.IntN(12) {
	case 0, 1:
		return c.ratio(FormRatio)
	case 2:
		return c.ratio(FormParen)
	case 3:
		return c.count()
	case 4:
		return c.money()
	case 5:
		return c.total()
	case 6:
		return c.parts()
	case 7:
		return c.product()
	case 8:
		return c.difference()
	case 9:
		return c.verdict()
	case 10:
		return c.share()
	default:
		return c.ratio(FormRatio)
	}
}
