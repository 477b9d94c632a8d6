"""Spreadsheets in and out, without Qt: roster import (.xlsx, .csv), record and indicator export, templates.

`reader` turns a file into a header row and data rows, refusing files that are not what they claim; `headers`
recognises the Chinese column names clerks use; `roster` validates and imports service-delivery rosters;
`export` writes formatted workbooks.
"""
