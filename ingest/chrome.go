package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Portal chrome is the furniture a government web portal wraps around an
// article and that survives when a person copies the page as text: web-part
// names, font-size toolbars, photo captions. The patterns below are
// deliberately few and narrow: a line is dropped only when it cannot be
// report text. Anything doubtful stays.
//
//   - a SharePoint web-part name: "PublishingPortal - Block_BanTin_Toolbar"
//   - a line made only of toolbar labels: "Tăng cỡ chữ Giảm cỡ chữ",
//     "In trang | Gửi email | Chia sẻ"
//   - a photo caption on a line of its own: "Toàn cảnh hội nghị", or one
//     short sentence without figures ending in a credit "(Ảnh: ...)"
//   - a "Toàn cảnh/Quang cảnh ..." caption glued to the end of a sentence
//     ("... của Sở.Toàn cảnh hội nghị"): the caption is cut, the sentence kept
var (
	webPart = regexp.MustCompile(`^(PublishingPortal|SharePoint|WebPart)\s*-\s*Block_\w+$`)
	// sceneCaption is a "general view of the meeting" photo caption.
	sceneCaption = regexp.MustCompile(`^(?:Toàn cảnh|Quang cảnh|Ảnh toàn cảnh)\s+(?:hội nghị|hội thảo|buổi làm việc|buổi lễ|lễ|cuộc họp|phiên họp|buổi tọa đàm|buổi toạ đàm|đại hội)[^.!?;:]{0,60}$`)
	// gluedCaption is a sceneCaption stuck to the end of a sentence, as
	// when the <figcaption> followed the paragraph without a space.
	gluedCaption = regexp.MustCompile(`([.!?;:…”"])((?:Toàn cảnh|Quang cảnh|Ảnh toàn cảnh)\s+(?:hội nghị|hội thảo|buổi làm việc|buổi lễ|lễ|cuộc họp|phiên họp|buổi tọa đàm|buổi toạ đàm|đại hội)[^.!?;:]{0,60})\s*$`)
	// creditCaption is one sentence followed by a photo credit.
	creditCaption = regexp.MustCompile(`^[^.!?]{1,250}\((?:Ảnh|ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*:[^()]{1,120}\)\s*$`)
)

// IsChrome reports whether a line of text is web-portal chrome (see the
// patterns above) rather than report text.
func IsChrome(line string) bool {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 400 && utf8.RuneCountInString(s) > 400 {
		return false
	}
	// Cheap tests first: most lines are long report text.
	switch {
	case strings.Contains(s, "Block_"):
		return webPart.MatchString(s)
	case strings.Contains(s, "cảnh "):
		return sceneCaption.MatchString(s)
	case strings.Contains(s, "(Ảnh") || strings.Contains(s, "(ảnh"):
		// a caption that states figures ("Năm 2022, có 753 lao động đi
		// làm việc ở nước ngoài (Ảnh: ...)") is report text too
		return !strings.ContainsAny(s, "0123456789") && creditCaption.MatchString(s)
	case len(s) <= 160:
		return isToolbar(s)
	}
	return false
}

// CutCaption removes a photo caption glued to the end of a sentence and
// reports whether it did.
func CutCaption(line string) (string, bool) {
	if !strings.Contains(line, "cảnh ") {
		return line, false
	}
	m := gluedCaption.FindStringSubmatchIndex(line)
	if m == nil {
		return line, false
	}
	return line[:m[3]], true // keep the sentence's closing punctuation
}

// toolbarLabels are the labels of a portal's article toolbar, longest
// first so "gửi email" goes before "gửi".
var toolbarLabels = []string{"gửi cho bạn bè", "về đầu trang", "tăng cỡ chữ", "giảm cỡ chữ", "gửi email", "quay lại", "in trang", "gửi bài", "chia sẻ", "lưu bài", "lưu tin", "cỡ chữ", "in bài", "bản in", "a+", "a-"}

// labelStarts holds the first letter of each toolbar label.
var labelStarts = FirstLetters(toolbarLabels)

// FirstLetters returns the distinct first runes of words, for a cheap
// test before comparing a line with each word.
func FirstLetters(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isToolbar reports whether s is made only of toolbar labels separated by
// spaces or bars.
func isToolbar(s string) bool {
	if strings.ContainsAny(s, "0123456789,.;:%") { // report text, surely
		return false
	}
	// Labels replace only labels, and none starts with a separator, so the
	// first letter must begin a label.
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " \t|/"))
	if !strings.ContainsRune(labelStarts, unicode.ToLower(first)) {
		return false
	}
	s = strings.ToLower(s)
	found := false
	for _, l := range toolbarLabels {
		if strings.Contains(s, l) {
			s = strings.ReplaceAll(s, l, " ")
			found = true
		}
	}
	return found && strings.Trim(s, " \t|/") == ""
}
