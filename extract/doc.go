// Package extract reads the figures of a report's text: the numbers as
// written (Numbers, Parse) and the indicator records built from them
// (Records). check recomputes the records' stated figures; import stores
// the records beside the document.
//
// # Numbers
//
// Vietnamese groups thousands with "." and writes decimals after ",":
// "28.101" is 28101, "73,95" is 73.95, "13.676,5" is 13676.5. A dot is a
// thousands separator only when exactly three digits follow it ("1.500" is
// 1500, "1.5" is 1.5); "1,234,567" (commas between groups of three) is read
// as English grouping. A Number keeps its value exactly (big.Rat), the text
// and byte span it was written with, the count of written decimals (its
// precision: "73,95%" stands for [73,945; 73,955]) and the interval its
// wording allows:
//
//   - ranges "120-150", "1-1,5%", "01- 02" are [lo, hi];
//   - qualifiers: khoảng/xấp xỉ/~ ±10%, gần [0,9·v; v], trên/hơn/> and
//     ít nhất/tối thiểu/≥/"v trở lên" [v; ∞), dưới/< and tối đa/≤/không (vượt) quá [0; v];
//     ước, dự kiến keep the value (a forecast's arithmetic still holds);
//   - scale words nghìn/ngàn, triệu, tỷ/tỉ multiply ("1.234 triệu" is
//     1234000000) and money (đồng, đ, VNĐ, "tr.đ") is in đồng: "2.354 triệu đồng"
//     is 2354000000, "1.000.000đ/người" a rate per người.
//
// Numbers leaves out what is not a quantity: dates ("16/5/2016", "tháng
// 9/2021", "27/7" unless a unit or a percent makes it a ratio), document
// numbers ("16/CT-TTg", "382a/QĐ-UBND", "262/2020/NQ-HĐND", "số 17",
// "Quyết định 22"), standards and times ("TCVN 9001:2008"), list numbering
// at a line start ("1.", "2.1.", "(1).", "1-"), phone numbers (a leading 0
// and nine digits or more, or after ĐT/Fax), names ("Covid-19", "K72"),
// footnote marks and years (a bare 1900-2100 without a unit after it, and
// year ranges "2016 - 2020").
//
// # Records
//
// Records works clause by clause (clauses end at a newline, a semicolon or
// a sentence end):
//
//   - "a/b UNIT" and "a UNIT/b UNIT" with one unit are a ratio (achieved
//     over target), as is "a UNIT (KH: b)" or "a UNIT, kế hoạch b UNIT"; a bare "a/b" only when a
//     percent is stated for it or it stands in parentheses. The percent
//     stated for it is the next figure of the clause when "đạt", "chiếm",
//     "bằng", "hoàn thành", "vượt" or "tỷ lệ" introduces it, or the percent
//     right before "(a/b)", with at most words naming the plan between
//     ("đạt 93% kế hoạch (24.513/26.400 người)", "vượt 5% so với kế
//     hoạch năm (...)"). "vượt p% kế hoạch" (and "vượt p%" after "a/b") states 100+p.
//   - Other percents are "percent" records, amounts in đồng "money" records
//     and numbers followed by a counting noun (người, hộ, lao động, ...)
//     "count" records. Numbers without a unit, and durations ("3 tháng"),
//     make no record.
//   - The indicator is the phrase before the figure back to the nearest
//     comma, colon or parenthesis, without bullets, connectives ("trong
//     đó") and linking words ("đạt", "được", "cho"), at most 16 words; an
//     empty one falls back to the label before a colon, then to the
//     previous record of the clause ("22,19%, đạt 70% kế hoạch").
//   - A percent after "giảm"/"tăng" is a "change" record; for a rate
//     ("tỷ lệ hộ nghèo giảm 1,41%") its unit is "điểm %" (points).
//   - A figure that heads its segment takes the words after it as its
//     indicator ("100% trẻ em được trợ giúp ...").
//   - Plan is set (on all but ratios) when the clause says so before the
//     figure ("phấn đấu", "dự kiến", "kế hoạch giao"), when its bulleted
//     list opens with a line announcing targets ("được giao các chỉ tiêu
//     cơ bản như sau:"), or when the nearest heading above is about
//     targets ("NHIỆM VỤ VÀ GIẢI PHÁP NĂM 2021", "Chỉ tiêu cơ bản") and not
//     about results ("Kết quả", "Đánh giá").
//   - The year is the nearest "năm YYYY" before the figure on its line,
//     else the first one after it in its clause, else the one the line
//     opening its bulleted list names when it names only one ("giao kế
//     hoạch ... năm 2021, ... như sau:"), else the one the nearest
//     heading above names ("I. NHỮNG KẾT QUẢ NỔI BẬT NĂM 2020"); "so với
//     năm 2020" is a comparison and is skipped; 0 when none, for the
//     caller to fill.
//
// # Tables
//
// Every reader writes a table as one line per row with its cells separated
// by tabs. A row without quantities whose cells name the columns is a
// header: "Thực hiện"/"TH"/"Kết quả"/"Ước TH" is the value column,
// "Kế hoạch"/"KH"/"Mục tiêu" the target, a single "Tỷ lệ (%)"/"So sánh"
// column the percent stated for them, "Đơn vị"/"ĐVT" the unit and the
// first text column ("Chỉ tiêu", "Nội dung") names the indicator. Each
// following row with as many cells is a record like the sentence "NAME
// a/b UNIT, đạt p%": a ratio (with both value and target), else a count,
// amount or percent. A unit cell with a scale ("triệu đồng") scales the
// value and target cells. The year is the one the value column's header
// or the table's caption names, else the heading's. Rows without a header
// above them are left to sentence reading.
//
// All functions are safe for concurrent use and never panic on any input.
package extract
