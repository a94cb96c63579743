package extract

import "math/big"

// mantissa is the digits of one written number.
type mantissa struct {
	start, end int
	ip, fp     string // integer part as written ("28.101") and fraction digits
	ipn        int    // digits in ip: len(ip) without its group separators
	grouped    bool   // had thousands separators
}

// digits is ip without its group separators.
func (m mantissa) digits() string {
	if !m.grouped {
		return m.ip
	}
	b := make([]byte, 0, m.ipn)
	for i := 0; i < len(m.ip); i++ {
		if isDigit(m.ip[i]) {
			b = append(b, m.ip[i])
		}
	}
	return string(b)
}

func (m mantissa) rat() *big.Rat {
	if f, ok := m.frac(); ok {
		return new(big.Rat).SetFrac64(int64(f.num), int64(f.den))
	}
	s := m.digits()
	if m.fp != "" {
		s += "." + m.fp
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return new(big.Rat)
	}
	return r
}

// frac is m's value, ok false when its digits are too many for an int64.
func (m mantissa) frac() (frac, bool) {
	if m.ipn+len(m.fp) > 18 {
		return frac{}, false
	}
	var v uint64
	if m.grouped {
		for i := 0; i < len(m.ip); i++ {
			if isDigit(m.ip[i]) { // not a group separator
				v = v*10 + uint64(m.ip[i]-'0')
			}
		}
	} else {
		for i := 0; i < len(m.ip); i++ { // digits only
			v = v*10 + uint64(m.ip[i]-'0')
		}
	}
	if m.fp == "" {
		return frac{v, 1}, true
	}
	for i := 0; i < len(m.fp); i++ {
		v = v*10 + uint64(m.fp[i]-'0')
	}
	return decimalFrac(v, len(m.fp)), true
}

// pow10 is 10^k for the k an int64 holds.
var pow10 = func() (p [19]int64) {
	p[0] = 1
	for k := 1; k < len(p); k++ {
		p[k] = p[k-1] * 10
	}
	return p
}()

// cmp compares the values of m and m2.
func (m mantissa) cmp(m2 mantissa) int {
	if a, ok := m.frac(); ok {
		if b, ok := m2.frac(); ok {
			return a.cmp(b)
		}
	}
	return m.rat().Cmp(m2.rat())
}

// plainInt reports whether m is written as bare digits ("2021", "16").
func (m mantissa) plainInt() bool { return !m.grouped && m.fp == "" }

func (m mantissa) yearLike() bool {
	return m.plainInt() && m.ipn == 4 && m.ip >= "1900" && m.ip <= "2100"
}

// readMantissa reads the number at i: "28.101" and "8.601.610.000" group
// thousands (a dot followed by exactly three digits), "73,95" has a decimal
// comma, "1.5" a decimal dot. ok is false for dotted codes such as "2.1.3"
// or "0203.3812.345"; end then covers the code.
func readMantissa(t string, i int) (m mantissa, ok bool) {
	m.start = i
	j := digitsEnd(t, i)
	m.ip, m.ipn = t[i:j], j-i
	group := func(k int) bool { // t[k] is a separator followed by exactly three digits
		return k+4 <= len(t) && digitsEnd(t, k+1) == k+4
	}
	switch {
	case j < len(t) && t[j] == '.' && j-i <= 3 && group(j):
		m.grouped = true
		for j < len(t) && t[j] == '.' && group(j) {
			m.ipn += 3
			j += 4
		}
		m.ip = t[i:j]
		if j+1 < len(t) && t[j] == ',' && isDigit(t[j+1]) {
			e := digitsEnd(t, j+1)
			m.fp, j = t[j+1:e], e
		}
		if j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]) { // "1.234.5": not a number
			m.end = digitsEnd(t, j+1)
			return m, false
		}
	case j+1 < len(t) && t[j] == ',' && isDigit(t[j+1]):
		e := digitsEnd(t, j+1)
		if j-i <= 3 && e-j-1 == 3 && e < len(t) && t[e] == ',' && group(e) {
			// English grouping "1,234,567"
			m.grouped = true
			for j < len(t) && t[j] == ',' && group(j) {
				m.ipn += 3
				j += 4
			}
			m.ip = t[i:j]
			break
		}
		m.fp, j = t[j+1:e], e
	case j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]):
		e := digitsEnd(t, j+1)
		if e+1 < len(t) && t[e] == '.' && isDigit(t[e+1]) { // "2.1.3", "0203.3812.345"
			for e+1 < len(t) && (t[e] == '.') && isDigit(t[e+1]) {
				e = digitsEnd(t, e+1)
			}
			m.end = e
			return m, false
		}
		m.fp, j = t[j+1:e], e
	}
	m.end = j
	if m.ipn > 1 && m.ip[0] == '0' && m.ipn+len(m.fp) >= 9 { // phone number
		return m, false
	}
	return m, true
}

func digitsEnd(t string, i int) int {
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	return i
}
