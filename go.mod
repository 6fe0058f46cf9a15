module github.com/zan-law/zan

go 1.26.8

require (
	github.com/alecthomas/kong v1.17.0
	go.yaml.in/yaml/v3 v3.0.6
)
