"""Loading translations, and the display text of schema labels and enum values.

Source strings are English and go through Qt's tr(); the zh_CN catalogue is loaded by default. Field labels and
enum values come from the schema, which already carries their Chinese names (`Field.zh`, `ZhEnum.zh`), so they are
shown from there instead of being copied into the .ts file a second time.
"""

from __future__ import annotations

import os
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zwcx_desktop.resources import resource

TRANSLATIONS = resource("translations")
_state = {"zh": True}
_keep: list[QTranslator] = []  # translators must outlive the install call


def language() -> str:
    """The UI language: ZWCX_LANG (zh_CN or en), else zh_CN (the users are Chinese township offices)."""
    return os.environ.get("ZWCX_LANG", "zh_CN")


def install(app: QCoreApplication, lang: str | None = None) -> bool:
    """Install zwcx's and Qt's own translators for `lang`; returns whether the zwcx catalogue loaded."""
    lang = lang or language()
    _state["zh"] = lang.startswith("zh")
    for t in _keep:
        app.removeTranslator(t)
    _keep.clear()
    if not _state["zh"]:
        return False
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _keep.append(qt)
    ours = QTranslator(app)
    ok = ours.load(str(TRANSLATIONS / "zwcx_zh_CN.qm"))
    if ok:
        app.installTranslator(ours)
        _keep.append(ours)
    return ok


def is_zh() -> bool:
    return _state["zh"]


def label(field) -> str:
    """The label of a schema field in the UI language."""
    return field.zh if is_zh() else field.label


def enum_text(enum_cls, value) -> str:
    """Display text of an enum value (stored as its English identifier); unknown values are shown as they are."""
    if value in (None, ""):
        return ""
    try:
        m = enum_cls(value)
    except ValueError:
        return str(value)
    return m.zh if is_zh() else m.value.replace("_", " ")


def kind_name(kind: str) -> str:
    from zwcx_core.domain.schema import KINDS

    return KINDS[kind].zh if is_zh() else kind


# Core messages are English sentences with variable parts (%1, %2 …); each template below is both the
# translation source (lupdate reads QT_TRANSLATE_NOOP) and, with its %N turned into groups, the pattern that
# recognises the message, so adding a message is one line. The first template that matches wins: a specific one
# goes before a general one it would also match. A variable part that is itself a known message (a sheet label, the
# kind of a wrong file, a list of "'A' at position 3") is translated too.
#: Qt 6.12's file dialog asks for these two sources, which its own zh_CN catalogue (qtbase) still holds only without
#: the shortcut mark ("Look in:"): ours supplies them, so the dialog is Chinese throughout.
QT_CATALOGUE_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

_TEMPLATES = (
    # store/failures.py, store/db.py: the machine, not the input (a damaged database, a full disk …)
    QT_TRANSLATE_NOOP("Messages", "the database %1 is damaged or is not a zwcx database: restore the newest backup "
                                  "(kept in %2) with 'zwcx restore FILE'"),
    QT_TRANSLATE_NOOP("Messages", "the database is damaged or is not a zwcx database: restore the newest backup "
                                  "(kept in the data folder's backups) with 'zwcx restore FILE'"),
    QT_TRANSLATE_NOOP("Messages", "the database %1 is empty (0 bytes), so it holds no office: restore the newest "
                                  "backup (kept in %2) with 'zwcx restore FILE', or delete the empty file to set up a "
                                  "new office"),
    QT_TRANSLATE_NOOP("Messages", "%1 is a folder where the database file should be: move it away, or choose another "
                                  "--data-dir"),
    QT_TRANSLATE_NOOP("Messages", "%1 (the database was not upgraded and is as it was)"),
    QT_TRANSLATE_NOOP("Messages", "the disk is full (%1); free some space and try again"),
    QT_TRANSLATE_NOOP("Messages", "%1: no permission, or a read-only disk; choose a place this user may write to (for "
                                  "the data folder: --data-dir)"),
    QT_TRANSLATE_NOOP("Messages", "%1: is a file, or lies inside one, where a folder is needed; choose another "
                                  "--data-dir"),
    QT_TRANSLATE_NOOP("Messages", "%1: is a folder where a file is needed; choose another file name"),
    QT_TRANSLATE_NOOP("Messages", "the database is in use by another program and stayed locked; try again when it "
                                  "has finished"),
    QT_TRANSLATE_NOOP("Messages", "the database %1 could not be read or written (disk I/O error): check the disk, then "
                                  "run 'zwcx check'"),
    QT_TRANSLATE_NOOP("Messages", "the database could not be read or written (disk I/O error): check the disk, then "
                                  "run 'zwcx check'"),
    QT_TRANSLATE_NOOP("Messages", "the database %1 cannot be opened: check that the data folder exists and may be "
                                  "written, or choose another --data-dir"),
    QT_TRANSLATE_NOOP("Messages", "the database could not be read or written (%1); run 'zwcx check', or restore a "
                                  "backup"),
    # domain/schema.py: field values
    QT_TRANSLATE_NOOP("Messages", "is required"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a real date"),
    QT_TRANSLATE_NOOP("Messages", "is %1 characters long; at most %2 allowed"),
    QT_TRANSLATE_NOOP("Messages", "must be at least %1"),
    QT_TRANSLATE_NOOP("Messages", "must be at most %1"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a whole number"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not an amount in yuan"),
    QT_TRANSLATE_NOOP("Messages", "'%1' has more than two decimal places"),
    QT_TRANSLATE_NOOP("Messages", "is not a number (infinity or NaN); enter the amount in yuan"),
    QT_TRANSLATE_NOOP("Messages", "is too large; amounts must be below 1,000,000,000,000 yuan"),
    QT_TRANSLATE_NOOP("Messages", "must not be negative; a refund or correction is recorded as an entry of its own"),
    QT_TRANSLATE_NOOP("Messages", "is before %1; check the year"),
    QT_TRANSLATE_NOOP("Messages", "is more than %1 years ahead; check the year"),
    QT_TRANSLATE_NOOP("Messages", "is more than %1 days after today; it records something that has happened, check "
                                  "the year"),
    QT_TRANSLATE_NOOP("Messages", "is not an amount"),
    QT_TRANSLATE_NOOP("Messages", "must be text"),
    QT_TRANSLATE_NOOP("Messages", "must be a whole number"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not yes or no"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not one of: %2"),
    QT_TRANSLATE_NOOP("Messages", "must be a list of attachment hashes"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a sha256 attachment hash"),
    QT_TRANSLATE_NOOP("Messages", "is not a field of this record"),
    QT_TRANSLATE_NOOP("Messages", "is set by the rules and cannot be entered"),
    QT_TRANSLATE_NOOP("Messages", "is set by the city credit office and cannot be entered"),
    QT_TRANSLATE_NOOP("Messages", "must be a JSON object"),
    QT_TRANSLATE_NOOP("Messages", "must be a list of rows"),
    QT_TRANSLATE_NOOP("Messages", "must be an object"),
    QT_TRANSLATE_NOOP("Messages", "unknown record kind '%1' (choose from %2)"),
    QT_TRANSLATE_NOOP("Messages", "is before the date the commitment was made"),
    QT_TRANSLATE_NOOP("Messages", "is before the information was formed"),
    QT_TRANSLATE_NOOP("Messages", "a finance disclosure needs at least one income or expense line"),
    QT_TRANSLATE_NOOP("Messages", "is required when a target record is given"),
    # domain/schema.py: contracts and lawsuits
    QT_TRANSLATE_NOOP("Messages", "must be a yearly percentage such as 3.45"),
    QT_TRANSLATE_NOOP("Messages", "is before the contract was signed"),
    QT_TRANSLATE_NOOP("Messages", "acceptance is before the first delivery"),
    QT_TRANSLATE_NOOP("Messages", "an acceptance needs a delivery recorded before it"),
    QT_TRANSLATE_NOOP("Messages", "is required for this event"),
    QT_TRANSLATE_NOOP("Messages", "payments total %1 yuan, more than the %2 yuan owed (record late interest as its "
                                  "own event)"),
    QT_TRANSLATE_NOOP("Messages", "is before the case was filed"),
    QT_TRANSLATE_NOOP("Messages", "is before the judgment"),
    # domain/derive.py: why a lifecycle step is refused
    QT_TRANSLATE_NOOP("Messages", "the publicity period runs until %1"),
    QT_TRANSLATE_NOOP("Messages", "%1 objection(s) were received during the period"),
    QT_TRANSLATE_NOOP("Messages", "fulfilled on %1 against due date %2 is %3"),
    QT_TRANSLATE_NOOP("Messages", "%1 yuan is still unpaid"),
    QT_TRANSLATE_NOOP("Messages", "the repair decision received must grant the repair"),
    QT_TRANSLATE_NOOP("Messages", "the display period runs until %1"),
    QT_TRANSLATE_NOOP("Messages", "a record without a display period does not expire"),
    # domain/schema.py: dishonesty records and supervision cases
    QT_TRANSLATE_NOOP("Messages", "is required for a person-level record"),
    QT_TRANSLATE_NOOP("Messages", "belongs to person-level records only"),
    QT_TRANSLATE_NOOP("Messages", "needs a basis: the decision document number, the legal basis or a linked record"),
    QT_TRANSLATE_NOOP("Messages", "is in the future; a finding is entered from a decision made"),
    QT_TRANSLATE_NOOP("Messages", "is required when a basis record is given"),
    QT_TRANSLATE_NOOP("Messages", "is before the decision"),
    QT_TRANSLATE_NOOP("Messages", "is before the case was received"),
    QT_TRANSLATE_NOOP("Messages", "is before the reply"),
    QT_TRANSLATE_NOOP("Messages", "needs the reply date first"),
    QT_TRANSLATE_NOOP("Messages", "is given only to deputies' suggestions and members' proposals"),
    QT_TRANSLATE_NOOP("Messages", "needs the date of the callback or of the deputy's feedback"),
    QT_TRANSLATE_NOOP("Messages", "must be one of %1"),
    # domain/credit_rules.py and domain/credit.py: person-level records, repair eligibility
    QT_TRANSLATE_NOOP("Messages", "only the administrator may record or read a person-level dishonesty record"),
    QT_TRANSLATE_NOOP("Messages", "repair cannot be applied for before a decision is entered"),
    QT_TRANSLATE_NOOP("Messages", "repair cannot be applied for yet: %1"),
    QT_TRANSLATE_NOOP("Messages", "the minimum display period runs until %1; repair can be applied for from %2"),
    QT_TRANSLATE_NOOP("Messages", "the obligation is not fully performed: %1 of %2 yuan performed"),
    QT_TRANSLATE_NOOP("Messages", "the obligations are not confirmed as performed"),
    QT_TRANSLATE_NOOP("Messages", "no credit commitment (信用承诺) has been made"),
    QT_TRANSLATE_NOOP("Messages", "a judgment-debtor (失信被执行人) entry ends when the court removes it; credit "
                                  "repair does not apply"),
    QT_TRANSLATE_NOOP("Messages", "the record is not shown, so there is nothing to repair"),
    QT_TRANSLATE_NOOP("Messages", "display stopped after %1, so there is nothing to repair"),
    # domain/printable.py: characters the bundled notice fonts cannot draw
    QT_TRANSLATE_NOOP("Messages", "contains %1, which the notice fonts cannot print; remove or replace it"),
    QT_TRANSLATE_NOOP("Messages", "contains %1, a control or text-direction character that hides or reorders text; "
                                  "remove it"),
    # domain/accounts.py: user names
    QT_TRANSLATE_NOOP("Messages", "the user name %1"),
    QT_TRANSLATE_NOOP("Messages", "the display name %1"),
    QT_TRANSLATE_NOOP("Messages", "only the roles handling the case may change this field"),
    QT_TRANSLATE_NOOP("Messages", "repeats a private field (such as the complainant's name or phone); leave it "
                                  "out, this text is printed on notices"),
    # domain/contact.py, store/contact.py: the contact block on notices; village finance balances
    QT_TRANSLATE_NOOP("Messages", "the notice was not printed: the office contact details are incomplete (missing: "
                                  "%1); an administrator fills them in under Settings"),
    QT_TRANSLATE_NOOP("Messages", "contact person"),
    QT_TRANSLATE_NOOP("Messages", "contact phone"),
    QT_TRANSLATE_NOOP("Messages", "address"),
    QT_TRANSLATE_NOOP("Messages", "supervising department"),
    QT_TRANSLATE_NOOP("Messages", "supervision phone"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator can change the office contact details"),
    QT_TRANSLATE_NOOP("Messages", "is required for a village committee's finance disclosure"),
    QT_TRANSLATE_NOOP("Messages", "is given without an opening balance"),
    QT_TRANSLATE_NOOP("Messages", "is %1 but the opening balance plus income minus expenditure is %2"),
    QT_TRANSLATE_NOOP("Messages", "a village finance notice needs the opening balance (期初余额); enter it in the "
                                  "record"),
    QT_TRANSLATE_NOOP("Messages", "the closing balance (期末余额) %1 does not add up: the opening balance plus income "
                                  "minus expenditure is %2"),
    # users
    QT_TRANSLATE_NOOP("Messages", "wrong user name or password"),
    QT_TRANSLATE_NOOP("Messages", "the password must have at least %1 characters"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator can manage users"),
    QT_TRANSLATE_NOOP("Messages", "the last active administrator cannot be deactivated"),
    QT_TRANSLATE_NOOP("Messages", "the last active administrator cannot be given another role"),
    # domain/identifiers.py
    QT_TRANSLATE_NOOP("Messages", "'%1' at position %2"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) is empty"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) must be 18 characters, got %1 (old 15-digit numbers must be "
                                  "converted to 18 digits)"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) must be 18 characters, got %1"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) must have digits in positions 1–17, found %1"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) must end in a digit or X, found '%1' at position 18"),
    QT_TRANSLATE_NOOP("Messages", "the value is not an 18-character citizen ID with a birth date in positions 7–14"),
    QT_TRANSLATE_NOOP("Messages", "unified social credit code (统一社会信用代码) is empty"),
    QT_TRANSLATE_NOOP("Messages", "unified social credit code (统一社会信用代码) must be 18 characters, got %1"),
    QT_TRANSLATE_NOOP("Messages", "unified social credit code (统一社会信用代码) has characters outside the GB 32100 "
                                  "alphabet (digits and capital letters except I, O, S, V, Z): %1"),
    QT_TRANSLATE_NOOP("Messages", "unified social credit code (统一社会信用代码) must have a 6-digit division code in "
                                  "positions 3–8, found %1"),
    QT_TRANSLATE_NOOP("Messages", "unified social credit code (统一社会信用代码) check character is wrong: expected "
                                  "'%1', given '%2'"),
    QT_TRANSLATE_NOOP("Messages", "division code (行政区划代码) must be 6 digits, got %1 characters"),
    QT_TRANSLATE_NOOP("Messages", "division code (行政区划代码) must be digits only, found %1"),
    QT_TRANSLATE_NOOP("Messages", "division code (行政区划代码) starts with '%1', which is not a province code (11–82)"),
    QT_TRANSLATE_NOOP("Messages", "mobile number (手机号) must be 11 digits, got %1 characters"),
    QT_TRANSLATE_NOOP("Messages", "mobile number (手机号) must be digits only, found %1"),
    QT_TRANSLATE_NOOP("Messages", "mobile number (手机号) must start with 13–19, got '%1'"),
    # notices/gate.py: the review gate
    QT_TRANSLATE_NOOP("Messages", "the record was deleted: a deleted record has no notice to print"),
    QT_TRANSLATE_NOOP("Messages", "the objection was not accepted (不予受理): there is no outcome notice to post; the "
                                  "complainant is answered directly"),
    QT_TRANSLATE_NOOP("Messages", "a %1 in status %2 has no notice to print"),
    QT_TRANSLATE_NOOP("Messages", "record %1 is %2: only reviewed notices go on a board sheet (print it on its own "
                                  "for a marked copy)"),
    # domain/identifiers.py: the other ID documents (证件类型)
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) starts with 9, as a foreign permanent resident ID (外国人永久居留身份证) "
                                  "does: choose that document type (证件类型)"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号) starts with %1, as a Hong Kong, Macao or Taiwan residence "
                                  "permit (港澳台居民居住证) does: choose that document type (证件类型)"),
    QT_TRANSLATE_NOOP("Messages", "type the number again when changing the document type"),
    # domain/privacy.py and domain/phones.py: the personal-data guard and the office's contact phone
    QT_TRANSLATE_NOOP("Messages", "contains a full citizen ID number; print only the masked form (23*************123)"),
    QT_TRANSLATE_NOOP("Messages", "contains a full mobile number; print only the masked form (138****1234)"),
    QT_TRANSLATE_NOOP("Messages", "contains a full bank card number; print only the masked form "
                                  "(6222***********0128)"),
    QT_TRANSLATE_NOOP("Messages", "is not a phone number: give a mobile number (13812345678), a landline with its area "
                                  "code (0451-86661234, an extension after 转) or a service number such as 12345"),
    # io/reader.py: files that cannot be a roster
    QT_TRANSLATE_NOOP("Messages", "%1 (sheet '%2')"),
    QT_TRANSLATE_NOOP("Messages", "%1: no such file"),
    QT_TRANSLATE_NOOP("Messages", "%1: is a folder, not a file"),
    QT_TRANSLATE_NOOP("Messages", "%1: the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("Messages", "%1: this is %2, not a spreadsheet; choose the .xlsx or .csv roster"),
    QT_TRANSLATE_NOOP("Messages", "a PNG image"),
    QT_TRANSLATE_NOOP("Messages", "a JPEG image"),
    QT_TRANSLATE_NOOP("Messages", "a GIF image"),
    QT_TRANSLATE_NOOP("Messages", "a BMP image"),
    QT_TRANSLATE_NOOP("Messages", "a PDF document"),
    QT_TRANSLATE_NOOP("Messages", "a RAR archive"),
    QT_TRANSLATE_NOOP("Messages", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Messages", "%1: the workbook is password-protected (encrypted); open it in Excel or WPS, "
                                  "remove the password (文件 → 信息 → 保护工作簿) and save it again"),
    QT_TRANSLATE_NOOP("Messages", "%1: this is an old Excel 97-2003 (.xls) workbook; open it in Excel or WPS and save "
                                  "it as .xlsx (Excel 工作簿) or .csv"),
    QT_TRANSLATE_NOOP("Messages", "%1: is named like a workbook but is not one (its content is neither .xlsx nor "
                                  ".xls); open it in Excel or WPS and save it as .xlsx"),
    QT_TRANSLATE_NOOP("Messages", "%1: is not a readable .xlsx workbook (%2); open it in Excel or WPS and save it as "
                                  ".xlsx again"),
    QT_TRANSLATE_NOOP("Messages", "%1: has no sheet named '%2' (sheets: %3)"),
    QT_TRANSLATE_NOOP("Messages", "%1: the sheet '%2' is empty; there is nothing to import"),
    QT_TRANSLATE_NOOP("Messages", "%1: is a binary file, not a spreadsheet or CSV text"),
    QT_TRANSLATE_NOOP("Messages", "no worksheet"),
    # io/csvtext.py: encodings of CSV text
    QT_TRANSLATE_NOOP("Messages", "%1: the text is marked as UTF-8 but is not valid UTF-8; save it from Excel or WPS "
                                  "as CSV UTF-8 and import again"),
    QT_TRANSLATE_NOOP("Messages", "%1: the text is marked as UTF-16 but is not valid UTF-16; save it from Excel or WPS "
                                  "as CSV UTF-8 and import again"),
    QT_TRANSLATE_NOOP("Messages", "%1: the text encoding is uncertain: it reads both as GB18030/GBK (simplified "
                                  "Chinese) and as Big5 (traditional Chinese); save it from Excel or WPS as CSV UTF-8 "
                                  "and import again"),
    QT_TRANSLATE_NOOP("Messages", "%1: the text seems to be in %2, not in UTF-8, GB18030/GBK or Big5; save it from "
                                  "Excel or WPS as CSV UTF-8 and import again"),
    QT_TRANSLATE_NOOP("Messages", "%1: the text encoding is not recognised for sure: read as %2, too many of its "
                                  "characters are unusual ones; save it from Excel or WPS as CSV UTF-8 and import "
                                  "again"),
    QT_TRANSLATE_NOOP("Messages", "%1: the text encoding is not recognised (it is not clearly UTF-8, GB18030/GBK or "
                                  "Big5); save it from Excel or WPS as CSV UTF-8 and import again"),
    QT_TRANSLATE_NOOP("Messages", "Big5 (traditional Chinese)"),
    QT_TRANSLATE_NOOP("Messages", "Shift_JIS (Japanese)"),
    QT_TRANSLATE_NOOP("Messages", "EUC-JP (Japanese)"),
    QT_TRANSLATE_NOOP("Messages", "ISO-2022-JP (Japanese)"),
    QT_TRANSLATE_NOOP("Messages", "EUC-KR (Korean)"),
    QT_TRANSLATE_NOOP("Messages", "Johab (Korean)"),
    # io/limits.py and io/xlsxsheet.py: files beyond what an import reads
    QT_TRANSLATE_NOOP("Messages", "%1: the file is %2 MB, more than the %3 MB a roster import reads; split the roster "
                                  "into several files, or delete pictures and sheets that are not part of it"),
    QT_TRANSLATE_NOOP("Messages", "%1: has more than %2 rows with data; a roster import reads at most %3: split the "
                                  "roster into several files"),
    QT_TRANSLATE_NOOP("Messages", "%1: has data in column %2 (row %3); a roster has at most %4 columns: delete what "
                                  "lies beyond the roster's columns"),
    QT_TRANSLATE_NOOP("Messages", "%1: the workbook is made of %2 parts (a roster has a few dozen); it is not opened"),
    QT_TRANSLATE_NOOP("Messages", "%1: a part of the workbook unpacks to %2 times its packed size (%3 MB); workbooks "
                                  "saved by Excel or WPS pack less than %4 times, so this one is not opened (it looks "
                                  "like a zip bomb)"),
    QT_TRANSLATE_NOOP("Messages", "%1: unpacked, a part of the workbook takes %2 MB, more than the %3 MB a roster "
                                  "import reads; open it in Excel or WPS, delete unused rows, columns and sheets and "
                                  "save it again"),
    QT_TRANSLATE_NOOP("Messages", "%1: has more than %2 merged cell ranges; select the sheet, unmerge the cells "
                                  "(取消合并单元格) and save it again"),
    QT_TRANSLATE_NOOP("Messages", "%1: its merged cells cover more than %2 cells; select the sheet, unmerge the cells "
                                  "(取消合并单元格) and save it again"),
    QT_TRANSLATE_NOOP("Messages", "%1: holds more than %2 MB of text in one cell (Excel allows 32,767 characters); it "
                                  "is not a roster"),
    QT_TRANSLATE_NOOP("Messages", "%1: is not well-formed CSV (%2)"),
    QT_TRANSLATE_NOOP("Messages", "%1: the file has no data; there is nothing to import"),
    # io/roster.py: the header and the columns (the Chinese says where in the wizard, not the command-line option)
    QT_TRANSLATE_NOOP("Messages", "%1: no header row found; the first rows should name the columns (%2 …), or map "
                                  "them with --map HEADER=FIELD"),
    QT_TRANSLATE_NOOP("Messages", "%1: has a header row (row %2) but no data rows under it"),
    QT_TRANSLATE_NOOP("Messages", "%1: the header row %2 has merged cells (%3); unmerge them so that every column has "
                                  "its own header (%4 …), then import again"),
    QT_TRANSLATE_NOOP("Messages", "--map: %1 has no column headed '%2' (headers: %3)"),
    QT_TRANSLATE_NOOP("Messages", "--map: %1"),
    QT_TRANSLATE_NOOP("Messages", "'%1' is not a roster field (choose from %2, or %3)"),
    # io/headers.Recogniser, for contract ledgers and 12345 dispatch lists; io/roster.require_columns
    QT_TRANSLATE_NOOP("Messages", "'%1' is not %2 (choose from %3, or %4)"),
    QT_TRANSLATE_NOOP("Messages", "a contract field"), QT_TRANSLATE_NOOP("Messages", "a field of a 12345 work order"),
    QT_TRANSLATE_NOOP("Messages", "%1: no column for %2 in the header row %3 (headers: %4); map the columns with --map "
                                  "HEADER=FIELD"),
    QT_TRANSLATE_NOOP("Messages", "%1: no column for 姓名 (the beneficiary's name) in the header row %2 (headers: %3); "
                                  "map the column that holds the names to 姓名 (on the command line: --map "
                                  "HEADER=beneficiary_name)"),
    QT_TRANSLATE_NOOP("Messages", "%1: no 服务领域 column and no service area chosen; choose the area for all rows "
                                  "(on the command line: --area 养老)"),
    QT_TRANSLATE_NOOP("Messages", "%1: no 政策/项目 column and no policy given; enter the policy for all rows (on the "
                                  "command line: --policy 高龄津贴)"),
    QT_TRANSLATE_NOOP("Messages", "--area: %1"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 of %3 rows have problems; nothing was imported (fix them, or import the "
                                  "valid rows with --skip-invalid --errors-out FILE.xlsx)"),
    QT_TRANSLATE_NOOP("Messages", "--skip-invalid needs --errors-out FILE.xlsx for the rows that were not imported"),
    # io/roster.py and store/lookups.py: problems of one row
    QT_TRANSLATE_NOOP("Messages", "(no column; %1)"),
    QT_TRANSLATE_NOOP("Messages", "the citizen ID number (身份证号) is empty"),
    QT_TRANSLATE_NOOP("Messages", "the ID number is stored as a number, so the spreadsheet has already cut its last "
                                  "digits; format the column as text (文本) and type the number again"),
    QT_TRANSLATE_NOOP("Messages", "the ID number is masked (with *); the full number is needed to import a person"),
    QT_TRANSLATE_NOOP("Messages", "the ID number was saved in scientific notation (e.g. 2.3E+17) and its digits are "
                                  "lost; format the column as text and type it again"),
    QT_TRANSLATE_NOOP("Messages", "the same person as row %1 for the same service area and period"),
    QT_TRANSLATE_NOOP("Messages", "this person is already registered for the same service area and period (record "
                                  "%1)"),
    QT_TRANSLATE_NOOP("Messages", "this person is already registered for %1 (record %2)"),
    QT_TRANSLATE_NOOP("Messages", "the matching records changed since they were counted (%1 then, %2 now); "
                                  "select them again"),
    # store/writerlock.py: one writer per data folder
    QT_TRANSLATE_NOOP("Messages", "another zwcx program is writing to the data folder %1: %2 (pid %3, since %4); "
                                  "nothing was written: try again when it has finished"),
    QT_TRANSLATE_NOOP("Messages", "another zwcx program is writing to the data folder %1; nothing was written: try "
                                  "again when it has finished"),
    # store/backup.py and store/restore.py: backups that cannot be restored
    QT_TRANSLATE_NOOP("Messages", "no backup file at %1"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a zwcx backup (not a zip archive)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a zwcx backup (no readable manifest)"),
    QT_TRANSLATE_NOOP("Messages", "%1 is not a zwcx backup (format %2)"),
    QT_TRANSLATE_NOOP("Messages", "%1 was made by a newer zwcx (%2); update zwcx first"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged: member %2 fails its checksum"),
    QT_TRANSLATE_NOOP("Messages", "%1 holds an unsafe path %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged: the database does not match the manifest"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged: database integrity check says %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged: attachment %2 does not match its hash"),
    QT_TRANSLATE_NOOP("Messages", "%1 is damaged: %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 has database schema %2, which this zwcx does not know"),
    QT_TRANSLATE_NOOP("Messages", "%1 belongs to another office (%2); this data directory belongs to %3 (%4). "
                                  "Restore it into an empty --data-dir instead"),
    # credentials.py and store/keys.py: where secrets may be kept, and the ID fingerprint key
    QT_TRANSLATE_NOOP("Messages", "no OS keyring is available on this machine, and zwcx keeps its secrets only there: "
                                  "install and unlock the system keyring (on Linux: gnome-keyring, then log in to the "
                                  "desktop session), or have an administrator choose the file store explicitly "
                                  "(Settings, or 'zwcx secrets use-file-store')"),
    QT_TRANSLATE_NOOP("Messages", "the only keyring on this machine is a file store (%1) that other programs can read, "
                                  "and no administrator chose it for zwcx's secrets: install and unlock the system "
                                  "keyring (on Linux: gnome-keyring, then log in to the desktop session), or have an "
                                  "administrator choose the file store explicitly (Settings, or 'zwcx secrets "
                                  "use-file-store')"),
    QT_TRANSLATE_NOOP("Messages", "the keyring is keyring's null backend, which keeps nothing, so zwcx's secrets would "
                                  "be lost: unset PYTHON_KEYRING_BACKEND and install and unlock the system keyring (on "
                                  "Linux: gnome-keyring, then log in to the desktop session)"),
    QT_TRANSLATE_NOOP("Messages", "the keyring could not be read (%1): install and unlock the system keyring (on "
                                  "Linux: gnome-keyring, then log in to the desktop session)"),
    QT_TRANSLATE_NOOP("Messages", "the keyring could not be written (%1): install and unlock the system keyring (on "
                                  "Linux: gnome-keyring, then log in to the desktop session)"),
    QT_TRANSLATE_NOOP("Messages", "the ID fingerprint key of this office is not in the keyring (another computer or "
                                  "user account, another keyring, or one that was reset), so duplicates cannot be "
                                  "checked: enrol this computer again with a new code from the municipal administrator "
                                  "(Settings, or 'zwcx enroll'), and the server hands back the township's key"),
    QT_TRANSLATE_NOOP("Messages", "the ID fingerprint key in the keyring is not the one this office's records were "
                                  "made with, so duplicates cannot be checked: enrol this computer again with a new "
                                  "code from the municipal administrator (Settings, or 'zwcx enroll'), and the server "
                                  "hands back the township's key"),
    QT_TRANSLATE_NOOP("Messages", "the ID fingerprint key of this office is not in the keyring (another computer or "
                                  "user account, another keyring, or one that was reset) and this office never "
                                  "enrolled with the municipal server, so the %1 service record(s) entered so far can "
                                  "no longer be matched as duplicates: put back the keyring that holds the key, or an "
                                  "administrator may accept a new key (Settings, or 'zwcx secrets new-key')"),
    QT_TRANSLATE_NOOP("Messages", "the ID fingerprint key in the keyring is not the one this office's records were "
                                  "made with and this office never enrolled with the municipal server, so the %1 "
                                  "service record(s) entered so far can no longer be matched as duplicates: put back "
                                  "the keyring that holds the key, or an administrator may accept a new key "
                                  "(Settings, or 'zwcx secrets new-key')"),
    QT_TRANSLATE_NOOP("Messages", "this office is enrolled with the municipal server, whose key is the township's: "
                                  "enrol this computer again with a new code from the municipal administrator "
                                  "(Settings, or 'zwcx enroll'), and the server hands back the township's key"),
    QT_TRANSLATE_NOOP("Messages", "the ID fingerprint key in the keyring is this office's own: there is nothing to "
                                  "replace"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator can accept a new ID fingerprint key"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator can choose where the secrets are kept"),
    # store/diskspace.py, migrate.py: room for the safety copies
    QT_TRANSLATE_NOOP("Messages", "%1; the database was not changed"),
    QT_TRANSLATE_NOOP("Messages", "not enough free disk space in %1 to %2 (%3 MB needed, %4 MB available); free some "
                                  "space and try again"),
    QT_TRANSLATE_NOOP("Messages", "unpack this backup and keep a copy of the current data before restoring it"),
    QT_TRANSLATE_NOOP("Messages", "keep a copy of the database and upgrade it for this version of zwcx"),
    QT_TRANSLATE_NOOP("Messages", "upgrading the database from %1 failed (%2); the previous database was restored "
                                  "and is still in use (a copy is kept in %3)"),
    # sync (sync/client.py): what was being done, then what went wrong and what to do
    QT_TRANSLATE_NOOP("Messages", "%1: could not reach the sync server (%2)"),
    QT_TRANSLATE_NOOP("Messages", "%1: the server's TLS certificate was not accepted (%2)"),
    QT_TRANSLATE_NOOP("Messages", "%1: the server refused (HTTP %2): %3"),
    QT_TRANSLATE_NOOP("Messages", "%1: expected JSON from the sync server but got %2 (%3); a captive portal or proxy "
                                  "may be in the way"),
    QT_TRANSLATE_NOOP("Messages", "%1: the server's JSON is incomplete or damaged (%2)"),
    QT_TRANSLATE_NOOP("Messages", "%1: the server's gzip body is damaged (%2)"),
    QT_TRANSLATE_NOOP("Messages", "enrolment"), QT_TRANSLATE_NOOP("Messages", "meta"),
    QT_TRANSLATE_NOOP("Messages", "push"), QT_TRANSLATE_NOOP("Messages", "pull"),
    QT_TRANSLATE_NOOP("Messages", "missing versions"), QT_TRANSLATE_NOOP("Messages", "reference data"),
    QT_TRANSLATE_NOOP("Messages", "verify"), QT_TRANSLATE_NOOP("Messages", "attachment check"),
    QT_TRANSLATE_NOOP("Messages", "attachment download"), QT_TRANSLATE_NOOP("Messages", "attachment upload"),
    QT_TRANSLATE_NOOP("Messages", "this enrolment code is unknown, used or expired; ask for a new one"),
    QT_TRANSLATE_NOOP("Messages", "unknown device token; enrol this device again"),
    QT_TRANSLATE_NOOP("Messages", "this device has been revoked by the municipal administrator"),
    QT_TRANSLATE_NOOP("Messages", "must start with https:// (plain http only for this machine)"),
    # generic forms of the other ID documents' messages: last, so that every specific template wins
    QT_TRANSLATE_NOOP("Messages", "%1 is empty"),
    QT_TRANSLATE_NOOP("Messages", "%1 must be 18 characters, got %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 must have digits in positions 1–17, found %2"),
    QT_TRANSLATE_NOOP("Messages", "%1 must end in a digit or X, found '%2' at position 18"),
    QT_TRANSLATE_NOOP("Messages", "%1 has an impossible birth date in positions 7–14 (YYYYMMDD)"),
    QT_TRANSLATE_NOOP("Messages", "%1 has a birth date before 1900 or in the future (positions 7–14)"),
    QT_TRANSLATE_NOOP("Messages", "%1 check character is wrong: position 18 does not match the other digits (a "
                                  "digit is probably mistyped)"),
    QT_TRANSLATE_NOOP("Messages", "%1 must start with 9, got '%2'"),
    QT_TRANSLATE_NOOP("Messages", "%1 must start with 810000, 820000 or 830000, got '%2'"),
    QT_TRANSLATE_NOOP("Messages", "foreign permanent resident ID (外国人永久居留身份证)"),
    QT_TRANSLATE_NOOP("Messages", "citizen ID (身份证号)"),
    QT_TRANSLATE_NOOP("Messages", "residence permit (港澳台居民居住证)"),
    # sync/repair.py: progress of repairing a server that lost confirmed changes
    QT_TRANSLATE_NOOP("Messages", "the server has forgotten changes it had confirmed (restored from a backup or a "
                                  "power cut): checking what it lacks"),
    QT_TRANSLATE_NOOP("Messages", "sent %1 of %2 version(s) the server had lost"),
    # domain/supervision.py and store/clock_presets.py: the clock presets an administrator edits in 设置
    QT_TRANSLATE_NOOP("Messages", "not valid JSON: line %1, column %2: %3"),
    QT_TRANSLATE_NOOP("Messages", "supervision_clocks must be an object with one list of clocks per channel"),
    QT_TRANSLATE_NOOP("Messages", "%1: unknown channel; %2"),
    QT_TRANSLATE_NOOP("Messages", "%1: expected a list of clocks"),
    QT_TRANSLATE_NOOP("Messages", "%1: the clock %2 is listed more than once"),
    QT_TRANSLATE_NOOP("Messages", "%1: expected an object with name, unit, from and amount"),
    QT_TRANSLATE_NOOP("Messages", "%1: unknown key %2; expected %3"),
    QT_TRANSLATE_NOOP("Messages", "%1: unknown clock %2; expected one of %3"),
    QT_TRANSLATE_NOOP("Messages", "%1: 'unit' must be one of %2, got %3"),
    QT_TRANSLATE_NOOP("Messages", "%1: 'from' must be one of %2, got %3"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 must be a whole number of %3 from 0 to %4, got %5"),
    QT_TRANSLATE_NOOP("Messages", "%1: 'by_type' must be an object of request type to amount"),
    QT_TRANSLATE_NOOP("Messages", "%1: a complex case cannot be due sooner (%2) than an ordinary one (%3)"),
    QT_TRANSLATE_NOOP("Messages", "%1: %2 is missing"),
    QT_TRANSLATE_NOOP("Messages", "only an administrator may change the supervision clocks"),
    # notices/letters.py: a supervision case's reply letter
    QT_TRANSLATE_NOOP("Messages", "only a deputy's suggestion, a member's proposal, a 12345 work order or a "
                                  "disclosure request has a reply letter"),
    QT_TRANSLATE_NOOP("Messages", "only the roles handling the case may print the letter to its requester"),
    QT_TRANSLATE_NOOP("Messages", "enter the result before printing the reply"),
    QT_TRANSLATE_NOOP("Messages", "choose the answer class (A, B or C) before printing the reply letter"),
    # sync/engine.py, anchors.py, repair.py: a round's warnings, shown on the sync page
    QT_TRANSLATE_NOOP("Messages", "%1 change(s) of record kinds the municipal server does not know yet (contracts, "
                                  "lawsuits …) wait on this computer until the server is upgraded; nothing is lost"),
    QT_TRANSLATE_NOOP("Messages", "print records were not accepted by the server: %1"),
    QT_TRANSLATE_NOOP("Messages", "audit event hashes were not accepted by the server: %1"),
    QT_TRANSLATE_NOOP("Messages", "the server did not anchor audit events from %1 on: this computer's audit log "
                                  "differs there from what it sent before ('zwcx check' names the events)"),
    QT_TRANSLATE_NOOP("Messages", "the server refused a version sent again after its restore (%1): %2"),
    # sync/engine.py: the office's supervision clocks shared with the township's other computers
    QT_TRANSLATE_NOOP("Messages", "the municipal server does not take the office's supervision clocks yet (an older "
                                  "server): they count on this computer only and are sent once it does"),
    QT_TRANSLATE_NOOP("Messages", "the office's supervision clocks were not accepted by the server: %1"),
    # io/credit_report.py: the city credit platform's receipt for a 政务失信 batch
    QT_TRANSLATE_NOOP("Messages", "role %1 (%2) may not enter a platform receipt; ask an administrator"),
    QT_TRANSLATE_NOOP("Messages", "the receipt number should be the platform's number, 1–60 characters without "
                                  "spaces"),
    QT_TRANSLATE_NOOP("Messages", "no batch numbered %1 was written here (zwcx report-batches lists them)"),
    QT_TRANSLATE_NOOP("Messages", "the receipt date %1 should fall between the batch's date %2 and today"),
    QT_TRANSLATE_NOOP("Messages", "batch %1 already has the receipt %2 of %3; a platform confirms a batch once"),
)


def _pattern(template: str) -> re.Pattern:
    # Lazy groups: a message's leading part (a file name, a row number) ends at the first place the rest matches.
    return re.compile("^" + re.sub(r"%\d", "(.*?)", re.escape(template)) + "$", re.S)


@cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    # Compiled when the first message is shown: ~25 ms that the start need not wait for.
    return tuple((_pattern(t), t) for t in _TEMPLATES)


def _fill(template: str, parts) -> str:
    """Put parts into %1, %2 … in one pass (a part that contains "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(parts[int(m[1]) - 1]), template)


def _known(text: str) -> str | None:
    """The translation of a known core message, or None."""
    for pat, template in _patterns():
        m = pat.match(text)
        if m:
            return _fill(QCoreApplication.translate("Messages", template), [_part(p) for p in m.groups()])
    return None


def _part(text: str) -> str:
    """A variable part of a message: translated when it is a known message or a list of them, else as it is."""
    items = text.split(", ")
    if len(items) > 1:
        done = [_known(i) for i in items]
        if all(done):
            return "、".join(done)
    got = _known(text) if text else None
    return text if got is None else got


def message(text: str) -> str:
    """A core message in the UI language when it is a known one; otherwise the original text."""
    if not is_zh():
        return text
    got = _known(text)
    return text if got is None else got


_COLUMN = re.compile(r"([A-Z]{1,3})(?: \((.*)\))?", re.S)


def column_text(column: str) -> str:
    """A column as roster messages name it ("C (身份证号)", "C", "(no column; 政策/项目)") in the UI language."""
    if not is_zh():
        return column
    m = _COLUMN.fullmatch(column)
    if m is None:
        return message(column)
    if m[2] is None:
        return _fill(QCoreApplication.translate("Messages", "column %1"), [m[1]])
    return _fill(QCoreApplication.translate("Messages", "column %1 (%2)"), [m[1], m[2]])


def row_issue(issue) -> str:
    """One problem of a roster row (io.roster.RowIssue: row, column, reason) in the UI language; row, column and
    reason are translated separately, so each reason is one template whatever row and column it is about."""
    if not is_zh():
        return str(issue)
    reason = message(issue.reason)
    if issue.column:
        return _fill(QCoreApplication.translate("Messages", "row %1, column %2: %3"),
                     [issue.row, column_text(issue.column), reason])
    return _fill(QCoreApplication.translate("Messages", "row %1: %2"), [issue.row, reason])
