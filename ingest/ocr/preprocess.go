package ocr

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"io"
	"math"
	"os"
	"strconv"

	"baocao"
)

// Preprocessing. The one step that measurably helps tesseract's Vietnamese
// model is a slight Gaussian blur of crisp page images: on 300 dpi renders
// of typeset reports it confuses â with ầ (dân → dần, nâng → nầng) and è
// with ẻ much less once the strokes are softened (diacritic accuracy 0.9956
// → 0.9986, BENCHMARKS.md). Scans that are already soft are left alone
// (sharpness tells them apart).
// Upscaling 200 dpi scans to 300 dpi was measured and not adopted: it
// lowered the accuracy (0.9993 → 0.9986) at 1.4× the time; rendering PDF
// pages at 200 instead of 300 dpi changed nothing (0.9958). No deskew or
// binarisation: scans rotated 1° read better than straight ones (tesseract
// straightens lines itself), and tesseract binarises internally.

// minSharpness: images whose sharpness is above it are blurred. Crisp
// 300 dpi renders measure 0.35, the degraded scans and any blurred copy 0.000.
const minSharpness = 0.1

// blurFile writes a blurred greyscale copy of the PNG, JPEG or PGM image in
// file to out (a PGM) with Gaussian standard deviation sigma in pixels,
// when the image is crisp (sharpness); blurred says whether it did.
func blurFile(file, out string, sigma float64, maxPixels int) (blurred bool, err error) {
	f, err := os.Open(file)
	if err != nil {
		return false, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var g *image.Gray
	if head, _ := br.Peek(2); string(head) == "P5" {
		g, err = readPGM(br, maxPixels)
	} else {
		var img image.Image
		img, _, err = image.Decode(br)
		if err == nil {
			g = gray(img)
		}
	}
	if err != nil {
		return false, fmt.Errorf("decode image: %v: %w", err, baocao.ErrCorrupt)
	}
	if sharpness(g) <= minSharpness {
		return false, nil
	}
	blur(g, sigma)
	return true, writePGM(out, g)
}

func gray(img image.Image) *image.Gray {
	if g, ok := img.(*image.Gray); ok {
		return g
	}
	g := image.NewGray(img.Bounds())
	draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
	return g
}

// blur applies a Gaussian blur in place, as two one-dimensional passes.
func blur(g *image.Gray, sigma float64) {
	r := int(math.Ceil(3 * sigma))
	if r < 1 {
		return
	}
	k := make([]int32, 2*r+1)
	var sum int32
	for i := -r; i <= r; i++ {
		k[i+r] = int32(math.Round(1024 * math.Exp(-float64(i*i)/(2*sigma*sigma))))
		sum += k[i+r]
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if w == 0 || h == 0 {
		return
	}
	// horizontal pass, row by row
	tmp := make([]uint8, w)
	for y := range h {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x := range w {
			var acc int32
			for j := -r; j <= r; j++ {
				acc += k[j+r] * int32(row[min(max(x+j, 0), w-1)])
			}
			tmp[x] = uint8((acc + sum/2) / sum)
		}
		copy(row, tmp)
	}
	// vertical pass, a row of sums at a time so memory is read in order
	src := make([]uint8, len(g.Pix))
	copy(src, g.Pix)
	acc := make([]int32, w)
	for y := range h {
		clear(acc)
		for j := -r; j <= r; j++ {
			in := src[min(max(y+j, 0), h-1)*g.Stride:]
			kj := k[j+r]
			for x := range w {
				acc[x] += kj * int32(in[x])
			}
		}
		out := g.Pix[y*g.Stride:]
		for x := range w {
			out[x] = uint8((acc[x] + sum/2) / sum)
		}
	}
}

// readPGM reads a binary 8-bit PGM (P5), as pdftoppm -gray writes it.
func readPGM(r *bufio.Reader, maxPixels int) (*image.Gray, error) {
	var nums [3]int
	if _, err := r.Discard(2); err != nil {
		return nil, err
	}
	for i := range nums {
		tok, err := pnmToken(r)
		if err != nil {
			return nil, err
		}
		if nums[i], err = strconv.Atoi(tok); err != nil || nums[i] <= 0 {
			return nil, fmt.Errorf("pgm header %q", tok)
		}
	}
	w, h := nums[0], nums[1]
	if nums[2] > 255 || w > maxPixels/h {
		return nil, fmt.Errorf("pgm of %dx%d, maximum %d", w, h, nums[2])
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	if _, err := io.ReadFull(r, g.Pix); err != nil {
		return nil, err
	}
	return g, nil
}

// pnmToken reads one header token after white space and comments, and
// the single white space character that ends it.
func pnmToken(r *bufio.Reader) (string, error) {
	var tok []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		switch {
		case c == '#' && len(tok) == 0:
			if _, err := r.ReadBytes('\n'); err != nil {
				return "", err
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if len(tok) > 0 {
				return string(tok), nil
			}
		case len(tok) < 12:
			tok = append(tok, c)
		default:
			return "", fmt.Errorf("pgm header token too long")
		}
	}
}

func writePGM(name string, g *image.Gray) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "P5\n%d %d\n255\n", g.Rect.Dx(), g.Rect.Dy())
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	_, err = f.Write(b.Bytes())
	for y := 0; err == nil && y < g.Rect.Dy(); y++ {
		_, err = f.Write(g.Pix[y*g.Stride : y*g.Stride+g.Rect.Dx()])
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// sharpness is the share of strong edges among the edges of an image:
// of the horizontally adjacent pixel pairs that differ by more than 32
// levels, those that differ by more than 160. Crisp renders of type have
// most of their edges strong; scanned or blurred pages few.
func sharpness(g *image.Gray) float64 {
	var edges, strong int
	w, h := g.Rect.Dx(), g.Rect.Dy()
	for y := 0; y < h; y += 2 {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		for x := 1; x < w; x++ {
			d := int(row[x]) - int(row[x-1])
			if d < 0 {
				d = -d
			}
			if d > 32 {
				edges++
				if d > 160 {
					strong++
				}
			}
		}
	}
	if edges == 0 {
		return 0
	}
	return float64(strong) / float64(edges)
}
