// Package marked holds a hand-written code set: the directive works
// outside generated code too.
package marked

// Level is how loud a message is.
//
//codebook:set
type Level int // want Level:"codebook set of 5 members"

const (
	// LevelLow is quiet.
	//
	//   - en: barely heard
	LevelLow Level = iota
	LevelMid
	LevelHigh
	// LevelTop is another name for LevelHigh.
	LevelTop   = LevelHigh
	levelDebug = Level(9) // unexported: not a member
)

// Limit is a package-level constant of the type declared outside the
// block; it counts.
const Limit Level = 7

// Retired was a level; it is no member, so no switch misses it.
//
// Deprecated: removed from the spec; kept for one release.
const Retired Level = 8

type (
	// Kind is marked inside a group.
	//
	//codebook:set
	Kind string // want Kind:"codebook set of 0 members"

	// Plain is not marked.
	Plain int
)

// Bad is no code set: the directive is misplaced.
//
//codebook:set
type Bad struct{} // want `^//codebook:set marks only a defined integer or string type$`

// Alias is no code set either.
//
//codebook:set
type Alias = int // want `^//codebook:set marks only a defined integer or string type$`

const plainOne Plain = 1

func describe(l Level, p Plain) string {
	switch p {
	case plainOne:
	}
	switch l { // want `^missing cases in switch on Level: LevelHigh, Limit$`
	case LevelLow, LevelMid:
		return "soft"
	case levelDebug:
		return "debug"
	default:
		return "?"
	}
}

func alias(l Level) bool {
	switch l { // want `missing cases in switch on Level: LevelLow, LevelMid, Limit$`
	case LevelTop: // covers LevelHigh, its value
	default:
	}
	return l == 2 // want `^2 is LevelHigh: use the constant$`
}
