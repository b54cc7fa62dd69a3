package postgres

// TSQuery exposes the query translator to the external tests.
var TSQuery = tsQuery
