// Package kz embeds the default corpus: real excerpts of the Criminal Code
// and the Criminal Procedure Code of the Republic of Kazakhstan and the
// law they started from, No. 252-VIII of 3 January 2026. It is read-only.
package kz

import "embed"

// FS holds codes/*.txt and laws/*.txt.
//
//go:embed codes/*.txt laws/*.txt
var FS embed.FS
