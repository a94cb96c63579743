package meta

import (
	"os"
	"path/filepath"
	"testing"
)

// legacyWant holds what Read must find in some of the shared legacy
// transcripts (real documents of 1995–2009 with their own header layouts);
// empty fields are not checked.
var legacyWant = map[string]Meta{
	"2008-23.QD-991-UBND.txt": {Type: "Quyết định", Number: "991/QĐ-UBND", Date: "2008-05-14", Province: "Bình Phước",
		Agency: "Ủy ban nhân dân tỉnh Bình Phước"},
	"2004-NghiDinh117_2003.txt":              {Type: "Nghị định", Number: "117/2003/NĐ-CP", Date: "2003-10-10", Agency: "Chính phủ"},
	"2003-A-15.txt":                          {Type: "Nghị định", Number: "94/1998/NĐ-CP", Date: "1998-11-17"},
	"2004-TT1691998.txt":                     {Type: "Thông tư", Number: "169/1998/TT-BTC", Date: "1998-12-22", Agency: "Bộ Tài chính"},
	"2004-19Z9A_Luat_hop_tac_xasuadoi.txt":   {Type: "Luật", Number: "18/2003/QH11", Title: "Hợp tác xã", Agency: "Quốc hội"},
	"2004-B6.txt":                            {Type: "Quyết định", Date: "1995-11-01", Title: "Về việc ban hành chế độ kế toán doanh nghiệp"},
	"2006-quydinhkiemtra02.txt":              {Type: "Quy định", Province: "Cà Mau"},
	"2002-0112qd.txt":                        {Type: "Quyết định", Number: "12/2001/QĐ-BTC", Date: "2001-03-13", Agency: "Bộ Tài chính"},
	"2006-19412_QD115.04TTg_BLTch_DNNVV.txt": {Type: "Quyết định", Number: "115/2004/QĐ-TTg", Date: "2004-06-25"},
}

func TestLegacyCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "legacy", "truth")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no legacy transcripts in", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := Read(string(b), "")
		checkSpans(t, string(b), got)
		want, ok := legacyWant[filepath.Base(f)]
		if !ok {
			continue
		}
		for _, c := range []struct{ field, got, want string }{
			{"Type", got.Type, want.Type}, {"Number", got.Number, want.Number}, {"Date", got.Date, want.Date},
			{"Province", got.Province, want.Province}, {"Agency", got.Agency, want.Agency}, {"Title", got.Title, want.Title},
		} {
			if c.want != "" && c.got != c.want {
				t.Errorf("Read(%s).%s = %q, want %q", filepath.Base(f), c.field, c.got, c.want)
			}
		}
	}
}
