package diff

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Comparison is the differences of one pair of editions under a title:
// one comparative table of a Word document.
type Comparison struct {
	Title    string
	Language string
	Units    []Unit
}

// Docx writes the comparative tables as a Word document (.docx), the file
// ministries exchange: for each comparison its title and a table of three
// columns — the unit as a reader names it, its current wording and its
// new wording, the changed words in bold. A .docx is a zip of
// WordprocessingML parts; the few this document needs are written here.
func Docx(comparisons []Comparison) ([]byte, error) {
	var body bytes.Buffer
	for _, c := range comparisons {
		docxTable(&body, c)
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	for _, part := range []struct{ name, content string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"word/document.xml", docxDocumentHead + body.String() + docxDocumentTail},
	} {
		w, err := z.Create(part.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(part.content)); err != nil {
			return nil, err
		}
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// docxTable writes one comparison: its title as a heading paragraph, then
// the table, headings in the edition's language.
func docxTable(b *bytes.Buffer, c Comparison) {
	w := codes.WordsFor(c.Language)
	lang := c.Language
	if lang == "" {
		lang = "en"
	}
	b.WriteString(`<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>`)
	docxRun(b, c.Title, true, lang)
	b.WriteString(`</w:p>`)
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>` +
		`<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>` +
		`<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>` +
		`</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3500"/><w:gridCol w:w="3500"/></w:tblGrid>`)
	b.WriteString(`<w:tr><w:trPr><w:tblHeader/></w:trPr>`)
	for _, h := range []string{w.TableUnit, w.TableCurrent, w.TableProposed} {
		docxCell(b, []segment{{Text: h, Bold: true}}, lang)
	}
	b.WriteString(`</w:tr>`)
	for _, u := range c.Units {
		r := row(u, w)
		b.WriteString(`<w:tr>`)
		docxCell(b, []segment{{Text: r.Name}}, lang)
		docxCell(b, r.Current, lang)
		docxCell(b, r.Proposed, lang)
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}

// docxCell writes a table cell: one paragraph per line of its text.
func docxCell(b *bytes.Buffer, segs []segment, lang string) {
	b.WriteString(`<w:tc><w:p>`)
	for _, s := range segs {
		for i, line := range strings.Split(s.Text, "\n") {
			if i > 0 {
				b.WriteString(`</w:p><w:p>`)
			}
			if line != "" {
				docxRun(b, line, s.Bold, lang)
			}
		}
	}
	b.WriteString(`</w:p></w:tc>`)
}

// docxRun writes text as a run, its spaces kept.
func docxRun(b *bytes.Buffer, text string, bold bool, lang string) {
	b.WriteString(`<w:r><w:rPr>`)
	if bold {
		b.WriteString(`<w:b/>`)
	}
	b.WriteString(`<w:lang w:val="`)
	xml.EscapeText(b, []byte(lang))
	b.WriteString(`"/></w:rPr><w:t xml:space="preserve">`)
	xml.EscapeText(b, []byte(text))
	b.WriteString(`</w:t></w:r>`)
}

const docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`</Types>`

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

// The document, in landscape A4 (a table of three wordings is wide).
const docxDocumentHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

const docxDocumentTail = `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
	`<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>` +
	`</w:sectPr></w:body></w:document>`
