package workbench

import (
	"bytes"
	_ "embed"
	"html/template"
	"strings"
	"sync"

	"github.com/zan-law/zan/codes/html"
)

//go:embed workbench.tmpl
var pagesSource string

// pages are the workbench's page bodies; the templates are part of the
// program, so a failure to parse them is a bug, not bad input.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("workbench").Funcs(template.FuncMap{
		"lines":     func(s string) []string { return strings.Split(s, "\n") },
		"downloads": downloads,
	}).Parse(pagesSource))
})

// downloads are what a review offers to download: the comparative table
// three ways, and each code as consolidated.
func downloads(changes []changeData) []string {
	out := []string{"docx", "md", "html"}
	for _, c := range changes {
		out = append(out, "text:"+c.Code)
	}
	return out
}

// execute executes the named template.
func execute(name string, data any) (template.HTML, error) {
	var b bytes.Buffer
	err := pages().ExecuteTemplate(&b, name, data)
	return template.HTML(b.String()), err
}

// render lays out the named body as a page of codes/html's look.
func render(lang, title string, nav []html.Link, name string, data any) ([]byte, error) {
	body, err := execute(name, data)
	if err != nil {
		return nil, err
	}
	return html.Page(lang, title, nav, body)
}
