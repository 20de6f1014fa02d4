package fill

// codebookFill returns text with its placeholders replaced by args, each
// formatted by sprint (fmt.Sprint, passed in so that this file imports
// nothing): %s, %d and %v take the next argument
// ("%%" is a percent sign); {0}, {1}… take the argument of that index;
// {name}, {{name}} and ${name} take the argument at name's position in
// names, or, for a name names does not list, the first argument after
// names not taken by another such name. A placeholder without an
// argument stays as written.
func codebookFill(text string, args []any, sprint func(...any) string, names ...string) string {
	var b []byte
	var others []string
	last, next := 0, 0
	for {
		start, end, name, kind := codebookPlaceholder(text, last)
		if start < 0 {
			break
		}
		b = append(b, text[last:start]...)
		arg := -1
		switch kind {
		case '%':
			b = append(b, '%')
			last = end
			continue
		case 'p':
			arg, next = next, next+1
		case 'i':
			arg = 0
			for i := 0; i < len(name); i++ {
				arg = arg*10 + int(name[i]-'0')
			}
		case 'n':
			if arg = codebookFind(names, name); arg < 0 {
				if arg = codebookFind(others, name); arg < 0 {
					arg = len(others)
					others = append(others, name)
				}
				arg += len(names)
			}
		}
		if arg < len(args) {
			b = append(b, sprint(args[arg])...)
		} else {
			b = append(b, text[start:end]...)
		}
		last = end
	}
	if b == nil {
		return text
	}
	return string(append(b, text[last:]...))
}

// codebookPlaceholder finds the first placeholder of text at or after
// from: its bounds, its name (the digits of {0}) and its kind: 'p' for
// %s, %d and %v, '%' for %%, 'i' for {0}, 'n' for {name}, {{name}} and
// ${name}. start is -1 when there is none.
func codebookPlaceholder(text string, from int) (start, end int, name string, kind byte) {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '%':
			if i+1 < len(text) {
				switch text[i+1] {
				case 's', 'd', 'v':
					return i, i + 2, "", 'p'
				case '%':
					return i, i + 2, "", '%'
				}
			}
		case '$':
			if n := codebookName(text, i+2); i+1 < len(text) && text[i+1] == '{' && n > 0 && i+2+n < len(text) && text[i+2+n] == '}' {
				return i, i + 3 + n, text[i+2 : i+2+n], 'n'
			}
		case '{':
			if n := codebookName(text, i+2); i+1 < len(text) && text[i+1] == '{' && n > 0 && i+3+n < len(text) && text[i+2+n] == '}' && text[i+3+n] == '}' {
				return i, i + 4 + n, text[i+2 : i+2+n], 'n'
			}
			if n := codebookDigits(text, i+1); n > 0 && i+1+n < len(text) && text[i+1+n] == '}' {
				return i, i + 2 + n, text[i+1 : i+1+n], 'i'
			}
			if n := codebookName(text, i+1); n > 0 && i+1+n < len(text) && text[i+1+n] == '}' {
				return i, i + 2 + n, text[i+1 : i+1+n], 'n'
			}
		}
	}
	return -1, -1, "", 0
}

// codebookName is the length of the placeholder name at text[i:]: an
// ASCII letter or "_", then up to 63 letters, digits, "_", "." or "-".
func codebookName(text string, i int) int {
	n := 0
	for i+n < len(text) && n < 64 {
		c := text[i+n]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
		if !letter && (n == 0 || !('0' <= c && c <= '9' || c == '.' || c == '-')) {
			break
		}
		n++
	}
	if n == 64 {
		return 0
	}
	return n
}

// codebookDigits is the length of the index at text[i:]: one to three
// decimal digits.
func codebookDigits(text string, i int) int {
	n := 0
	for i+n < len(text) && n < 4 && '0' <= text[i+n] && text[i+n] <= '9' {
		n++
	}
	if n > 3 {
		return 0
	}
	return n
}

func codebookFind(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
