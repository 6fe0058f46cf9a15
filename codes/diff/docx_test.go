package diff

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// docxCells reads the table cells of a .docx: per row, per cell, its text
// (paragraphs joined by "\n") and its bold runs.
func docxCells(t *testing.T, doc []byte) (rows [][]string, bold []string) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	var body []byte
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(r)
		}
	}
	if body == nil {
		t.Fatal("no word/document.xml")
	}
	type run struct {
		Bold *struct{} `xml:"rPr>b"`
		Text string    `xml:"t"`
	}
	type para struct {
		Runs []run `xml:"r"`
	}
	var d struct {
		Tables []struct {
			Rows []struct {
				Cells []struct {
					Paras []para `xml:"p"`
				} `xml:"tc"`
			} `xml:"tr"`
		} `xml:"body>tbl"`
	}
	if err := xml.Unmarshal(body, &d); err != nil {
		t.Fatalf("document.xml: %v", err)
	}
	for _, tbl := range d.Tables {
		for _, r := range tbl.Rows {
			var cells []string
			for _, c := range r.Cells {
				var lines []string
				for _, p := range c.Paras {
					var line strings.Builder
					for _, run := range p.Runs {
						line.WriteString(run.Text)
						if run.Bold != nil {
							bold = append(bold, run.Text)
						}
					}
					lines = append(lines, line.String())
				}
				cells = append(cells, strings.Join(lines, "\n"))
			}
			rows = append(rows, cells)
		}
	}
	return rows, bold
}

// The Word table holds what the HTML table holds: the headings in the
// edition's language, each unit as a reader names it, the old and the new
// wording whole, the changed words bold.
func TestDocx(t *testing.T) {
	units := seedDiff(t)
	doc, err := Docx([]Comparison{{Title: "CPC", Language: "ru", Units: units}})
	if err != nil {
		t.Fatal(err)
	}
	rows, bold := docxCells(t, doc)
	if len(rows) != len(units)+1 {
		t.Fatalf("%d rows, want a heading and %d units", len(rows), len(units))
	}
	if got := strings.Join(rows[0], " | "); got != "Структурный элемент | Действующая редакция | Предлагаемая редакция" {
		t.Errorf("headings %q", got)
	}
	for i, u := range units {
		r := rows[i+1]
		if r[1] != u.Old || r[2] != u.New {
			t.Errorf("%s: the cells are not the old and new wordings:\n%q\n%q", u.Address, r[1], r[2])
		}
		if !strings.HasPrefix(r[0], "Статья ") {
			t.Errorf("unit named %q, want it named as a reader does", r[0])
		}
	}
	if !strings.Contains(strings.Join(bold, "|"), "380-3 (parts four, five and six),") {
		t.Errorf("bold runs %q: want the inserted numbers", bold)
	}
}

// LibreOffice opens the document: converted to PDF without an error. The
// test is skipped where LibreOffice is not installed.
func TestDocxOpensInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: the .docx is checked by TestDocx only")
	}
	doc, err := Docx([]Comparison{{Title: "CPC", Language: "ru", Units: seedDiff(t)}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "table.docx"), doc, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "table.docx"))
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	if fi, err := os.Stat(filepath.Join(dir, "table.pdf")); err != nil || fi.Size() == 0 {
		t.Fatalf("no PDF: %v", err)
	}
}
