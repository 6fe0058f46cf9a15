package official

import (
	"fmt"
	"regexp"

	"go.yaml.in/yaml/v3"

	"github.com/zan-law/zan/codes"
)

// Meta is a version's meta.yaml: what the act is and which version of its
// text the folder holds. Fields zan does not use (form, approved_by,
// caused_by) are left out.
type Meta struct {
	ActCode     string            `yaml:"act_code"`
	Requisite   string            `yaml:"requisite"` // «Кодекс Республики Казахстан от 3 июля 2014 года № 226-V ЗРК»
	Title       map[string]string `yaml:"title"`     // by language: rus, kaz
	ApprovedOn  string            `yaml:"approved_on"`
	VersionDate map[string]string `yaml:"version_date"`
	Source      map[string]string `yaml:"source"`
}

// ReadMeta decodes meta.yaml. Unknown fields are allowed: the repository
// adds them as it grows.
func ReadMeta(file string, src []byte) (*Meta, error) {
	var m Meta
	if err := yaml.Unmarshal(src, &m); err != nil {
		return nil, fmt.Errorf("%s:1:1: %v", file, err)
	}
	return &m, nil
}

// requisiteNumber is the act's number in its requisite: «… № 226-V ЗРК» →
// "226-V", «… № 231-V» → "231-V".
var requisiteNumber = regexp.MustCompile(`№\s*([0-9]+(?:-[0-9IVXLІ]+)?)`)

// Number returns the act's number from the requisite, "" if it names none.
func (m *Meta) Number() string {
	if s := requisiteNumber.FindStringSubmatch(m.Requisite); s != nil {
		return s[1]
	}
	return ""
}

// date reads a date field of meta.yaml ("2014-07-03"); "" is the zero date.
func date(file, field, s string) (codes.Date, error) {
	if s == "" {
		return codes.Date{}, nil
	}
	d, err := codes.ParseDate(s)
	if err != nil {
		return codes.Date{}, fmt.Errorf("%s:1:1: %s: %v", file, field, err)
	}
	return d, nil
}
