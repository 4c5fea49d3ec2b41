package object

// excFieldsOwner reports whether the built-in exception class typ declares fields of its own.
func excFieldsOwner(typ *Type) bool { return false }
