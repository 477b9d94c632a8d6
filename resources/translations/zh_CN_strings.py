"""Chinese (zh_CN) text for the desktop's English source strings; `update.py` writes them into the .ts file.

Keyed by source text: one English phrase has one Chinese rendering everywhere in the UI.
"""

ZH = {
    # lifecycle actions
    "Submit for review": "提交审核", "Return to draft": "退回草拟", "Approve and publish": "审核通过并公开",
    "Cancel commitment": "撤销承诺", "Start fulfilling": "开始履行", "Mark fulfilled": "标记为已兑现",
    "Mark not fulfilled": "标记为未兑现", "Approve a change": "批准变更", "Approve": "审核通过",
    "Start publicity": "开始公示", "Period over, no objection": "期满无异议", "Period over, objection raised": "期满有异议",
    "Post again": "重新公示", "Archive": "归档", "Withdraw": "撤回", "Mark reviewed": "审核通过",
    "Put on the notice": "进行公示", "Confirm": "确认", "Do not confirm": "不予确认", "Mark paid out": "标记为已发放",
    "Stop payment": "停发", "Back to registered": "退回登记", "Accept": "受理", "Do not accept": "不予受理",
    "Start investigation": "开始核查", "Record the reply": "登记答复", "Close the case": "办结",
    # dashboard
    "Overdue commitments": "逾期未兑现的承诺", "Notices whose publicity period ends within 3 days": "3日内公示期满的公示",
    "Objections near or past their reply deadline": "临近或超过答复期限的异议投诉", "Waiting for review": "待审核事项",
    "Double-click a line to open its record.": "双击一行打开对应记录。", "Nothing here.": "暂无。", "Nothing due: %1.": "暂无：%1。",
    # errors of the machine (store/failures.py): what to do, in the words of the desktop
    "the database %1 is damaged or is not a zwcx database: restore the newest backup (kept in %2) with 'zwcx restore FILE'":
        "数据库 %1 已损坏，或不是 zwcx 的数据库：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在 %2）",
    "the database is damaged or is not a zwcx database: restore the newest backup (kept in the data folder's backups) with 'zwcx restore FILE'":
        "数据库已损坏，或不是 zwcx 的数据库：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在数据目录的 backups 文件夹）",
    "the database %1 is empty (0 bytes), so it holds no office: restore the newest backup (kept in %2) with 'zwcx restore FILE', or delete the empty file to set up a new office":
        "数据库 %1 是空文件（0 字节），其中没有任何单位的数据：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在 %2）；如要设置新单位，请先删除这个空文件",
    "%1 is a folder where the database file should be: move it away, or choose another --data-dir":
        "%1 是一个文件夹，但这里应当是数据库文件：请把它移走，或另选数据目录（--data-dir）",
    "%1 (the database was not upgraded and is as it was)": "%1（数据库没有升级，仍保持原样）",
    "the disk is full (%1); free some space and try again": "磁盘已满（%1）：请清理出一些空间后重试",
    "%1: no permission, or a read-only disk; choose a place this user may write to (for the data folder: --data-dir)":
        "%1：没有权限，或磁盘是只读的：请选择当前用户可以写入的位置（数据目录可用 --data-dir 指定）",
    "%1: is a file, or lies inside one, where a folder is needed; choose another --data-dir":
        "%1：这里需要文件夹，但它是文件或位于文件之中：请另选数据目录（--data-dir）",
    "%1: is a folder where a file is needed; choose another file name": "%1：这里需要文件，但它是文件夹：请另选文件名",
    "the database is in use by another program and stayed locked; try again when it has finished":
        "数据库正被另一个程序使用，一直处于锁定状态：请等它完成后重试",
    "the database %1 could not be read or written (disk I/O error): check the disk, then run 'zwcx check'":
        "数据库 %1 无法读写（磁盘读写错误）：请检查磁盘，然后运行“zwcx check”",
    "the database could not be read or written (disk I/O error): check the disk, then run 'zwcx check'":
        "数据库无法读写（磁盘读写错误）：请检查磁盘，然后运行“zwcx check”",
    "the database %1 cannot be opened: check that the data folder exists and may be written, or choose another --data-dir":
        "无法打开数据库 %1：请确认数据目录存在且可以写入，或另选数据目录（--data-dir）",
    "the database could not be read or written (%1); run 'zwcx check', or restore a backup":
        "数据库无法读写（%1）：请运行“zwcx check”检查，或恢复备份",
    # errors
    "You are not allowed to do this: %1": "您无权执行此操作：%1", "Some fields are not valid:": "以下字段填写有误：",
    "Someone else changed this record: %1": "该记录已被他人修改：%1", "Unexpected error (%1). Nothing was changed by the step that failed; please tell your administrator.":
        "意外错误（%1）。出错的这一步未作任何修改，请告知管理员。",
    # files and finance
    "Add file…": "添加文件…", "Choose files": "选择文件",
    "Images and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)":
        "图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)",
    "Income or expense": "收支", "Item": "项目", "Amount (yuan)": "金额(元)", "Note": "备注", "Add line": "添加明细",
    "Remove line": "删除明细", "Income %1 yuan, expense %2 yuan, balance %3 yuan": "收入合计 %1 元，支出合计 %2 元，结余 %3 元",
    # history
    "Versions (expand one to see what changed)": "版本记录（展开可查看改动内容）", "Version": "版本",
    "By": "操作人", "Changed fields": "改动字段", "Audit trail": "审计日志", "No.": "序号",
    "Action": "操作", "Detail": "详情", "%n item(s)": "%n 项", "created": "新建", "edited": "修改",
    "status changed": "状态变更", "progress recorded": "登记进展", "file attached": "添加附件", "deleted": "删除",
    # login and main window
    "Log in - zwcx integrity records": "登录 - 政务诚信", "Government integrity records": "政务诚信管理",
    "User name": "用户名", "Password": "密码", "Works offline: your password is checked on this computer.":
        "支持离线使用：密码在本机校验。", "Log in": "登录", "Government integrity records - %1": "政务诚信管理 - %1",
    "Dashboard": "工作台", "Commitments": "承诺事项", "Disclosures": "公开公示", "Service delivery": "服务落实",
    "Objections": "异议投诉", "Statistics": "统计分析", "Sync": "同步", "Settings": "设置", "&File": "文件(&F)",
    "New record": "新建记录", "Save": "保存", "Search": "搜索", "Print preview": "打印预览", "Quit": "退出",
    "Something went wrong": "操作未完成",
    # core messages
    "is required": "必填", "'%1' is not a date (use YYYY-MM-DD)": "“%1”不是有效日期（格式：年-月-日，如 2026-03-05）",
    "'%1' is not a real date": "“%1”不是真实存在的日期", "is %1 characters long; at most %2 allowed": "共 %1 个字，最多允许 %2 个字",
    "must be at least %1": "不能小于 %1", "must be at most %1": "不能大于 %1", "'%1' is not a whole number": "“%1”不是整数",
    "'%1' is not an amount in yuan": "“%1”不是有效金额（元）",
    "is before the date the commitment was made": "早于承诺日期", "is before the information was formed": "早于信息形成日期",
    "a finance disclosure needs at least one income or expense line": "财务公开至少需要一条收入或支出明细",
    # core messages: contracts and lawsuits (domain/schema.py)
    "must be a yearly percentage such as 3.45": "须为年利率百分数，如 3.45",
    "is before the contract was signed": "早于合同签订日期", "acceptance is before the first delivery": "验收日期早于首次交付日期",
    "an acceptance needs a delivery recorded before it": "验收前须先登记交付", "is required for this event": "此事项须填写",
    "payments total %1 yuan, more than the %2 yuan owed (record late interest as its own event)":
        "付款合计 %1 元，超过应付的 %2 元（逾期利息请作为单独事项登记）",
    "is before the case was filed": "早于立案日期", "is before the judgment": "早于判决日期",
    "is required for a person-level record": "个人类记录须填写", "belongs to person-level records only": "仅个人类记录填写此项",
    "needs a basis: the decision document number, the legal basis or a linked record":
        "须有认定依据：认定文书号、认定依据或关联记录",
    "is in the future; a finding is entered from a decision made": "晚于今天；失信记录须依据已作出的认定文书录入",
    "is required when a basis record is given": "已选依据记录时须填写", "is before the decision": "早于认定日期",
    "the publicity period runs until %1": "公示期至 %1 才届满", "%1 objection(s) were received during the period":
        "公示期内收到 %1 件异议", "fulfilled on %1 against due date %2 is %3": "兑现日期 %1、完成时限 %2，应为“%3”",
    "%1 yuan is still unpaid": "尚有 %1 元未支付", "the repair decision received must grant the repair": "须收到准予修复的决定",
    "the display period runs until %1": "公示期至 %1 才届满", "a record without a display period does not expire":
        "此记录没有公示期限，不会期满",
    "is before the case was received": "早于接收日期",
    "is set by the city credit office and cannot be entered": "由市信用办填写，本单位不能录入", "is before the reply": "早于答复日期",
    "Contracts": "合同履约", "Lawsuits": "涉诉案件", "Dishonesty records": "失信记录", "Supervision cases": "监督事项",
    "rows added on both sides: all kept": "双方新增的行均保留",
    "Confirm signed, start performance": "确认签订，开始履行", "Mark disputed": "标记争议", "Confirm settled": "确认结清",
    "Terminate": "终止合同", "Record the judgment": "登记判决", "Record performance": "登记履行",
    "Enforcement started": "进入强制执行", "Start verifying": "开始核实", "Start rectification": "开始整改",
    "Rectified before any finding": "整改完成（未认定）", "Found untrue": "核实不属实", "Repair granted": "修复完成",
    "Display period over": "期满停止公示", "Removed from the list by the court": "法院已移出名单",
    "Start handling": "开始办理", "Handle again": "重新办理", "Return as misassigned": "退回（交办有误）",
    "Enter the finding": "录入认定结论", "Shown on the credit platform": "信用平台公示",
    "Import contract ledger": "导入合同台账", "Contract ledger file": "合同台账文件",
    "Imported %1 contracts as drafts; a reviewer confirms each.": "已导入 %1 份合同（草拟），须由审核员逐份确认。",
    "Import contract ledger…": "导入合同台账…", "to publish": "待公开",
    "Yearly announcement of overdue SME payments": "逾期未支付中小企业款项年度公告",
    "The number and amount of contracts with small and medium enterprises overdue and unpaid at the end of %1 must be "
    "published by 31 March %2 (website and press). Save the announcement as a PDF, and once it is published, mark it "
    "so.": "%1年末逾期尚未支付中小企业款项的合同数量、金额，须于%2年3月31日前通过网站、媒体向社会公开。可先将公告保存为 PDF，"
           "公开后请标记为已公开。",
    "Save the announcement as PDF…": "将公告保存为 PDF…", "Mark as published": "标记为已公开",
    "Save the announcement": "保存公告", "Saved": "已保存", "Add row": "添加一行", "Remove row": "删除所选行",
    "wrong user name or password": "用户名或密码错误", "the password must have at least %1 characters": "密码至少需要 %1 个字符",
    # core messages: more field values (domain/schema.py)
    "'%1' has more than two decimal places": "“%1”超过两位小数", "is not an amount": "不是有效金额",
    # core messages: entry rules (domain/schema.py)
    "is not a number (infinity or NaN); enter the amount in yuan": "不是有效数字（无穷大或非数值），请填写以元为单位的金额",
    "is too large; amounts must be below 1,000,000,000,000 yuan": "金额过大，须小于 1,000,000,000,000 元",
    "must not be negative; a refund or correction is recorded as an entry of its own":
        "不能为负数；退款或更正应另行登记",
    "is before %1; check the year": "早于 %1，请核对年份", "is more than %1 years ahead; check the year": "晚于今天 %1 年以上，请核对年份",
    "is more than %1 days after today; it records something that has happened, check the year":
        "晚于今天 %1 天以上；此日期记录的是已发生的事，请核对年份",
    "must be text": "必须是文字", "must be a whole number": "必须是整数", "'%1' is not yes or no": "“%1”不是“是”或“否”",
    "'%1' is not one of: %2": "“%1”不是可选的值（可选：%2）", "must be a list of attachment hashes": "必须是附件列表",
    "'%1' is not a sha256 attachment hash": "“%1”不是有效的附件标识", "is not a field of this record": "不是此类记录的字段",
    "is set by the rules and cannot be entered": "由系统按规则生成，不能填写", "must be a JSON object": "必须是 JSON 对象",
    "must be a list of rows": "必须是明细行列表", "must be an object": "必须是一条明细",
    "unknown record kind '%1' (choose from %2)": "未知的记录类别“%1”（可选：%2）",
    "is required when a target record is given": "填写了异议对象时必填", "must be one of %1": "必须是以下之一：%1",
    # core messages: identifiers (domain/identifiers.py)
    "'%1' at position %2": "第 %2 位是“%1”", "citizen ID (身份证号) is empty": "身份证号为空",
    "citizen ID (身份证号) must be 18 characters, got %1 (old 15-digit numbers must be converted to 18 digits)":
        "身份证号应为 18 位，实际为 %1 位（旧的 15 位号码需要换成 18 位）",
    "citizen ID (身份证号) must be 18 characters, got %1": "身份证号应为 18 位，实际为 %1 位",
    "citizen ID (身份证号) must have digits in positions 1–17, found %1": "身份证号第 1–17 位应为数字，但%1",
    "citizen ID (身份证号) must end in a digit or X, found '%1' at position 18": "身份证号第 18 位应为数字或 X，实际是“%1”",
    "the value is not an 18-character citizen ID with a birth date in positions 7–14":
        "该值不是第 7–14 位为出生日期的 18 位身份证号",
    "citizen ID (身份证号)": "身份证号",
    "unified social credit code (统一社会信用代码) is empty": "统一社会信用代码为空",
    "unified social credit code (统一社会信用代码) must be 18 characters, got %1": "统一社会信用代码应为 18 位，实际为 %1 位",
    "unified social credit code (统一社会信用代码) has characters outside the GB 32100 alphabet (digits and capital "
    "letters except I, O, S, V, Z): %1": "统一社会信用代码含有不允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）：%1",
    "unified social credit code (统一社会信用代码) must have a 6-digit division code in positions 3–8, found %1":
        "统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码，但%1",
    "unified social credit code (统一社会信用代码) check character is wrong: expected '%1', given '%2'":
        "统一社会信用代码校验位不对：应为“%1”，实际是“%2”",
    "division code (行政区划代码) must be 6 digits, got %1 characters": "行政区划代码应为 6 位数字，实际为 %1 位",
    "division code (行政区划代码) must be digits only, found %1": "行政区划代码只能是数字，但%1",
    "division code (行政区划代码) starts with '%1', which is not a province code (11–82)":
        "行政区划代码以“%1”开头，不是有效的省级代码（11–82）",
    "mobile number (手机号) must be 11 digits, got %1 characters": "手机号应为 11 位数字，实际为 %1 位",
    "mobile number (手机号) must be digits only, found %1": "手机号只能是数字，但%1",
    "mobile number (手机号) must start with 13–19, got '%1'": "手机号应以 13–19 开头，实际是“%1”",
    "contains a full citizen ID number; print only the masked form (23*************123)":
        "含有完整的身份证号码，只能填写脱敏后的形式（如 23*************123）",
    "contains a full mobile number; print only the masked form (138****1234)":
        "含有完整的手机号码，只能填写脱敏后的形式（如 138****1234）",
    "contains a full bank card number; print only the masked form (6222***********0128)":
        "含有完整的银行卡号，只能填写脱敏后的形式（如 6222***********0128）",
    "is not a phone number: give a mobile number (13812345678), a landline with its area code (0451-86661234, an "
    "extension after 转) or a service number such as 12345":
        "不是有效的电话号码：请填写手机号（如 13812345678）、带区号的固定电话（如 0451-86661234，分机号写在“转”之后）"
        "或 12345 等服务热线",
    # core messages: files that cannot be a roster (io/reader.py, io/roster.py); where the English names a
    # command-line option, the Chinese says what to do in the import wizard instead
    "%1 (sheet '%2')": "%1（工作表“%2”）", "%1: no such file": "%1：找不到该文件",
    "%1: is a folder, not a file": "%1：这是文件夹，不是文件", "%1: the file is empty (0 bytes)": "%1：文件是空的（0 字节）",
    "%1: this is %2, not a spreadsheet; choose the .xlsx or .csv roster":
        "%1：这是%2，不是表格文件；请选择 .xlsx 或 .csv 格式的名单",
    "a PNG image": "一张 PNG 图片", "a JPEG image": "一张 JPEG 图片", "a GIF image": "一张 GIF 图片",
    "a BMP image": "一张 BMP 图片", "a PDF document": "一份 PDF 文档", "a RAR archive": "一个 RAR 压缩包",
    "a 7-Zip archive": "一个 7-Zip 压缩包",
    "%1: the workbook is password-protected (encrypted); open it in Excel or WPS, remove the password (文件 → 信息 → "
    "保护工作簿) and save it again": "%1：工作簿设置了密码（已加密）；请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → "
                                     "保护工作簿）后重新保存",
    "%1: this is an old Excel 97-2003 (.xls) workbook; open it in Excel or WPS and save it as .xlsx (Excel 工作簿) or "
    ".csv": "%1：这是旧版 Excel 97-2003 工作簿（.xls）；请用 Excel 或 WPS 打开，另存为 .xlsx（Excel 工作簿）或 .csv 后再导入",
    "%1: is named like a workbook but is not one (its content is neither .xlsx nor .xls); open it in Excel or WPS and "
    "save it as .xlsx": "%1：文件名像工作簿，但内容既不是 .xlsx 也不是 .xls；请用 Excel 或 WPS 打开，另存为 .xlsx",
    "%1: is not a readable .xlsx workbook (%2); open it in Excel or WPS and save it as .xlsx again":
        "%1：无法读取这个 .xlsx 工作簿（%2）；请用 Excel 或 WPS 打开，重新另存为 .xlsx",
    "%1: has no sheet named '%2' (sheets: %3)": "%1：没有名为“%2”的工作表（现有工作表：%3）",
    "%1: the sheet '%2' is empty; there is nothing to import": "%1：工作表“%2”是空的，没有可导入的内容",
    "%1: is a binary file, not a spreadsheet or CSV text": "%1：这是二进制文件，不是表格或 CSV 文本",
    "no worksheet": "没有工作表",
    # core messages: CSV encodings (io/csvtext.py) and files beyond the import's limits (io/limits.py,
    # io/xlsxsheet.py)
    "%1: the text is marked as UTF-8 but is not valid UTF-8; save it from Excel or WPS as CSV UTF-8 and import "
    "again": "%1：文件标明是 UTF-8 编码，但内容不是有效的 UTF-8；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入",
    "%1: the text is marked as UTF-16 but is not valid UTF-16; save it from Excel or WPS as CSV UTF-8 and import "
    "again": "%1：文件标明是 UTF-16 编码，但内容不是有效的 UTF-16；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入",
    "%1: the text encoding is uncertain: it reads both as GB18030/GBK (simplified Chinese) and as Big5 (traditional "
    "Chinese); save it from Excel or WPS as CSV UTF-8 and import again":
        "%1：无法确定文字编码：按 GB18030/GBK（简体中文）和按 Big5（繁体中文）都能读通；请用 Excel 或 WPS 另存为"
        "“CSV UTF-8”后重新导入",
    "%1: the text seems to be in %2, not in UTF-8, GB18030/GBK or Big5; save it from Excel or WPS as CSV UTF-8 and "
    "import again": "%1：文字编码看来是 %2，不是 UTF-8、GB18030/GBK 或 Big5；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入",
    "%1: the text encoding is not recognised for sure: read as %2, too many of its characters are unusual ones; save "
    "it from Excel or WPS as CSV UTF-8 and import again":
        "%1：无法确认文字编码：按 %2 读取时生僻字符过多；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入",
    "%1: the text encoding is not recognised (it is not clearly UTF-8, GB18030/GBK or Big5); save it from Excel or "
    "WPS as CSV UTF-8 and import again":
        "%1：无法识别文字编码（不能确定是 UTF-8、GB18030/GBK 还是 Big5）；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入",
    "Big5 (traditional Chinese)": "Big5（繁体中文）", "Shift_JIS (Japanese)": "Shift_JIS（日文）",
    "EUC-JP (Japanese)": "EUC-JP（日文）", "ISO-2022-JP (Japanese)": "ISO-2022-JP（日文）",
    "EUC-KR (Korean)": "EUC-KR（韩文）", "Johab (Korean)": "Johab（韩文）",
    "%1: the file is %2 MB, more than the %3 MB a roster import reads; split the roster into several files, or "
    "delete pictures and sheets that are not part of it":
        "%1：文件有 %2 MB，超过名单导入可读取的 %3 MB；请把名单拆成几个文件，或删除与名单无关的图片和工作表",
    "%1: has more than %2 rows with data; a roster import reads at most %3: split the roster into several files":
        "%1：有数据的行超过 %2 行；一次最多导入 %3 行，请把名单拆成几个文件",
    "%1: has data in column %2 (row %3); a roster has at most %4 columns: delete what lies beyond the roster's "
    "columns": "%1：第 %3 行的 %2 列有内容；名单最多 %4 列，请删除名单各列之外的内容",
    "%1: the workbook is made of %2 parts (a roster has a few dozen); it is not opened":
        "%1：工作簿由 %2 个部件组成（名单通常只有几十个），不予打开",
    "%1: a part of the workbook unpacks to %2 times its packed size (%3 MB); workbooks saved by Excel or WPS pack "
    "less than %4 times, so this one is not opened (it looks like a zip bomb)":
        "%1：工作簿中的一个部件解压后是压缩时的 %2 倍（%3 MB）；Excel 或 WPS 保存的工作簿不到 %4 倍，"
        "因此不予打开（疑似“压缩炸弹”）",
    "%1: unpacked, a part of the workbook takes %2 MB, more than the %3 MB a roster import reads; open it in Excel or "
    "WPS, delete unused rows, columns and sheets and save it again":
        "%1：工作簿中的一个部件解压后有 %2 MB，超过名单导入可读取的 %3 MB；请用 Excel 或 WPS 打开，删除不用的行、列和"
        "工作表后重新保存",
    "%1: has more than %2 merged cell ranges; select the sheet, unmerge the cells (取消合并单元格) and save it again":
        "%1：合并单元格区域超过 %2 个；请全选工作表，取消合并单元格后重新保存",
    "%1: its merged cells cover more than %2 cells; select the sheet, unmerge the cells (取消合并单元格) and save it "
    "again": "%1：合并单元格覆盖的单元格超过 %2 个；请全选工作表，取消合并单元格后重新保存",
    "%1: holds more than %2 MB of text in one cell (Excel allows 32,767 characters); it is not a roster":
        "%1：有一个单元格的文字超过 %2 MB（Excel 每个单元格最多 32767 个字符），这不是名单",
    "%1: is not well-formed CSV (%2)": "%1：CSV 格式不正确（%2）",
    "%1: the file has no data; there is nothing to import": "%1：文件中没有数据，没有可导入的内容",
    "%1: no header row found; the first rows should name the columns (%2 …), or map them with --map HEADER=FIELD":
        "%1：找不到表头行；前几行中应有一行写明各列的名称（%2……）。请检查是否选对了文件和工作表",
    "%1: has a header row (row %2) but no data rows under it": "%1：有表头行（第 %2 行），但下面没有数据行",
    "%1: the header row %2 has merged cells (%3); unmerge them so that every column has its own header (%4 …), then "
    "import again": "%1：表头行（第 %2 行）有合并单元格（%3）；请取消合并，让每一列都有自己的表头（%4……），然后重新导入",
    "--map: %1 has no column headed '%2' (headers: %3)": "%1 中没有表头为“%2”的列（现有表头：%3）；请在列对应页重新选择",
    "--map: %1": "列对应有误：%1；请在列对应页重新选择",
    "'%1' is not a roster field (choose from %2, or %3)": "“%1”不是名单中的字段（可选：%2，或 %3）",
    "'%1' is not %2 (choose from %3, or %4)": "“%1”不是%2（可选：%3，或 %4）", "a contract field": "合同台账中的字段",
    "a field of a 12345 work order": "12345工单中的字段",
    "%1: no column for %2 in the header row %3 (headers: %4); map the columns with --map HEADER=FIELD":
        "%1：标题行（第 %3 行）中没有“%2”列（现有列：%4）；请指定各列对应的字段（命令行：--map 列名=字段）",
    "%1: no column for 姓名 (the beneficiary's name) in the header row %2 (headers: %3); map the column that holds "
    "the names to 姓名 (on the command line: --map HEADER=beneficiary_name)":
        "%1：表头行（第 %2 行）中没有“姓名”列（现有表头：%3）；请在列对应页把写有姓名的那一列对应到“姓名”",
    "%1: no 服务领域 column and no service area chosen; choose the area for all rows (on the command line: --area 养老)":
        "%1：文件中没有“服务领域”列，也没有选择服务领域；请在第一页选择适用于所有行的服务领域",
    "%1: no 政策/项目 column and no policy given; enter the policy for all rows (on the command line: --policy 高龄津贴)":
        "%1：文件中没有“政策/项目”列，也没有填写政策；请在第一页填写适用于所有行的政策或项目",
    "--area: %1": "服务领域有误：%1；请在第一页重新选择服务领域",
    "%1: %2 of %3 rows have problems; nothing was imported (fix them, or import the valid rows with --skip-invalid "
    "--errors-out FILE.xlsx)": "%1：%3 行中有 %2 行有问题，未导入任何记录（请改正这些行，或勾选“导入无误的行，有误的行连同原因"
                               "保存到”并填写保存位置）",
    "--skip-invalid needs --errors-out FILE.xlsx for the rows that were not imported":
        "跳过有误的行时，需要填写保存这些行的文件",
    # core messages: problems of one roster row (io/roster.py, store/lookups.py)
    "row %1, column %2: %3": "第 %1 行，%2：%3", "row %1: %2": "第 %1 行：%2", "column %1": "%1 列",
    "column %1 (%2)": "%1 列（%2）", "(no column; %1)": "%1（文件中无此列，取第一页填写的值）",
    "the citizen ID number (身份证号) is empty": "身份证号为空",
    "the ID number is stored as a number, so the spreadsheet has already cut its last digits; format the column as "
    "text (文本) and type the number again": "身份证号被存成了数字，表格已截掉末尾几位；请把这一列设置为文本格式，再重新输入号码",
    "the ID number is masked (with *); the full number is needed to import a person":
        "身份证号是打码的（含 *）；导入人员需要完整的号码",
    "the ID number was saved in scientific notation (e.g. 2.3E+17) and its digits are lost; format the column as text "
    "and type it again": "身份证号被存成了科学计数法（如 2.3E+17），数字已经丢失；请把这一列设置为文本格式，再重新输入",
    "the same person as row %1 for the same service area and period": "与第 %1 行是同一个人，服务领域和所属期也相同",
    "this person is already registered for the same service area and period (record %1)":
        "此人在同一服务领域和所属期已有登记（记录 %1）",
    "this person is already registered for %1 (record %2)": "此人已在“%1”登记过（记录 %2）",
    "%1: %2": "%1：%2",
    "Printing notices is not available in this build yet.": "当前版本尚不支持打印公示。",
    "only an administrator can manage users": "只有管理员可以管理用户",
    "the last active administrator cannot be deactivated": "不能停用最后一个启用中的管理员",
    "the last active administrator cannot be given another role": "不能更改最后一个启用中的管理员的角色",
    # batch steps on a list
    "%1; they have different statuses, so no step applies to all": "%1；状态不同，无法统一办理",
    "All %1 matching records are selected": "已选中全部 %1 条符合条件的记录",
    "Select all %1 matching records": "选择全部 %1 条符合条件的记录", "Counting…": "正在统计…",
    "%1 selected": "已选 %1 条", "Working on %1 records…": "正在办理 %1 条记录…",
    "Cancelled: nothing was changed.": "已取消：未做任何改动。", "%1 records changed.": "已办理 %1 条记录。",
    "Nothing was changed: %1": "未做任何改动：%1",
    # user management
    "Deactivate": "停用", "Reactivate": "重新启用", "Change role": "更改角色", "New password": "新密码",
    "Reset password": "重置密码", "User %1 reactivated.": "已重新启用用户 %1。", "User %1 deactivated.": "已停用用户 %1。",
    "Role of %1 changed.": "已更改用户 %1 的角色。", "Password of %1 reset.": "已重置用户 %1 的密码。",
    # progress log
    "Date": "日期", "Progress": "进展情况", "Percent done": "完成比例(%)", "Evidence files": "佐证材料",
    "Record progress": "登记履行进展", "Add progress entry": "添加进展记录",
    # record form
    "Details": "详细信息", "Close": "关闭", "Only the masked number is kept; leave blank to keep it":
        "仅保存脱敏后的号码；留空则保持不变", "Open the record this objection is about": "打开异议所针对的记录",
    "Reply deadline": "答复期限", "This record can no longer be edited; use the buttons below to move it along its "
    "lifecycle.": "该记录已不能修改；请使用下方按钮办理后续流程。", "%1 (%2 days left)": "%1（剩余 %2 天）",
    "Progress log": "履行进展", "History and audit": "历史与审计", "No changes to save.": "没有需要保存的改动。",
    "Saved.": "已保存。", "Not saved: correct the fields marked in red.": "未保存：请更正红色标出的字段。",
    "Not saved": "未保存", "Step not possible": "无法办理",
    # lists
    "Search titles, content and names (Ctrl+F)": "搜索标题、内容、姓名（Ctrl+F）", "All statuses": "全部状态",
    "All service areas": "全部服务领域", "All units": "全部单位", "New %1": "新建%1", "%n record(s) match": "共 %n 条记录",
    # settings
    "Municipal server": "市级服务器", "Save address": "保存地址", "Address": "地址", "Users": "用户管理",
    "Display name": "显示名称", "Role": "角色", "Active": "启用", "Add user": "添加用户",
    "Only an administrator can manage users.": "只有管理员可以管理用户。",
    "The address must start with https://": "地址必须以 https:// 开头", "User %1 added.": "已添加用户 %1。",
    # wizard
    "First-run set-up": "首次使用设置",
    "Welcome. Enter your unit, the contact details printed on its notices, and create the administrator account. "
    "Everything is stored on this computer; the municipal server is optional.":
        "欢迎使用。请填写本单位信息、公示上印制的联系方式，并创建管理员账号。所有数据保存在本机，市级服务器地址可稍后填写。",
    "Unit name": "单位名称", "Unified social credit code": "统一社会信用代码", "Division code (6 digits)": "行政区划代码（6位）",
    "Unit type": "单位类型", "Administrator user name": "管理员用户名", "Password (8 characters or more)": "密码（至少8位）",
    "Repeat password": "确认密码", "Municipal server address (optional)": "市级服务器地址（可选）", "Set up": "完成设置",
    "the two passwords differ": "两次输入的密码不一致", "Set-up failed": "设置失败",
    # statistics
    "This year": "本年度", "Last year": "上年度", "This quarter": "本季度", "Custom": "自定义", "Period": "统计期间",
    "Refresh": "刷新", "Export…": "导出…", "Unit": "单位", "Commitment-keeping rate": "践诺率",
    "Fulfilled late": "逾期兑现率", "Timely disclosure rate": "公开及时率", "Notice compliance rate": "公示合规率",
    "Objections closed on time": "异议按期办结率", "Average days to close": "平均办结天数", "Counts": "分子/分母",
    "Export indicators": "导出指标", "Excel workbook (*.xlsx);;CSV (*.csv)": "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)",
    "Exported": "已导出", "Saved to %1": "已保存到 %1",
    # sync and status bar
    "Sync now": "立即同步", "Changes waiting to be sent: %1": "待上传的修改：%1", "Records in conflict: %1": "冲突记录：%1",
    "Last sync: %1": "上次同步：%1", "never": "从未", "Municipal server: %1": "市级服务器：%1", "not set": "未设置",
    "Sync is not configured on this computer yet; all work is kept here safely and will be sent once it is.":
        "本机尚未配置同步；所有工作已安全保存在本机，配置后将自动上传。",
    "Sync finished: %1": "同步完成：%1", "Sync failed: %1": "同步失败：%1", "User: %1 (%2)": "用户：%1（%2）",
    "The holidays of %1 are not known yet, so this date counts Monday to Friday as working days: check it.":
        "%1 年的节假日安排尚未获取，此日期暂按周一至周五为工作日计算，请核对。",
    "Another sync of this data folder is running (for example 'zwcx sync' in a terminal); this round was skipped.":
        "本数据目录正在由另一程序同步（例如终端中的 zwcx sync），本轮已跳过。",
    "%1 service record(s) entered here before enrolling cannot be checked for duplicates against the other "
    "computers of the township.": "本机注册前录入的 %1 条服务落实记录无法与本乡镇其他电脑的记录比对重复。",
    "The publicity period of %1 runs into a year whose holidays are not known yet, so its end date counts Monday to "
    "Friday as working days. Check the dates before the notice is posted.":
        "%1的公示期涉及尚未获取节假日安排的年份，截止日期暂按周一至周五为工作日推算，请核对后再张贴。",
    "Check the publicity period": "请核对公示期", "Print anyway?": "仍要打印吗？",
    "Reprint this version…": "再次打印此版本…",
    "The first sheet with data": "第一个有数据的工作表", "Sheet": "工作表",
    "the matching records changed since they were counted (%1 then, %2 now); select them again":
        "符合条件的记录在统计之后有变化（当时 %1 条，现在 %2 条），请重新选择",
    "Opening the data folder…": "正在打开数据目录…", "Opening the records…": "正在打开记录…",
    "Offline": "离线", "Searching…": "正在查询…",
    "Changes refused by the server: %1": "被服务器拒绝的修改：%1",
    "This computer is not enrolled yet: an administrator enters the server address and the one-time code under "
    "Settings.": "本机尚未注册：请管理员在“设置”中填写服务器地址和一次性注册码。",
    "Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused.": "同步完成：上传 %1 条，下载 %2 条，冲突 %3 条，被拒绝 %4 条。",
    "One-time code from the municipal administrator": "市级管理员提供的一次性注册码", "Enrol this computer": "注册本机",
    "Enrolment": "设备注册", "Enter the server address and the one-time code.": "请填写服务器地址和一次性注册码。",
    "Enrolled: this computer can now sync.": "注册成功：本机现在可以同步。",
    "Citizen ID number (to enter or correct)": "身份证号（录入/更正）", "%1 (%2 days overdue)": "%1（已逾期 %2 天）", "Online": "在线", "Waiting to sync: %1": "待同步：%1", "Conflicts: %1": "冲突：%1",
    # periodic sync, refused changes, conflict merging
    "The sync server cannot be reached; sync will try again later. (%1)": "无法连接同步服务器，稍后将自动重试。（%1）",
    "The answer did not come from the sync server (a proxy or a login page may be in the way). (%1)":
        "收到的应答不是来自同步服务器（可能被代理或网络登录页面拦截）。（%1）",
    "The sync server refused the request. (%1)": "同步服务器拒绝了请求。（%1）",
    "This computer is not enrolled with a sync server yet.": "本机尚未在同步服务器注册。",
    "This computer's clock differs from the server's by %1 minutes; please correct the date and time (records are "
    "still ordered correctly).": "本机时钟与服务器相差 %1 分钟，请校正日期和时间（记录顺序不受影响）。",
    "The server was restored from a backup: this computer sent again what the server may have lost.":
        "服务器已从备份恢复：本机已重新上传服务器可能丢失的数据。",
    "The server's data went back to an earlier state; %1 record(s) were uploaded to it again (noticed %2).":
        "服务器数据已回退，已重新上传 %1 条记录（%2 发现）。",
    "the server has forgotten changes it had confirmed (restored from a backup or a power cut): checking what it "
    "lacks": "服务器丢失了已确认的修改（从备份恢复或意外断电）：正在核对服务器缺少的数据",
    "sent %1 of %2 version(s) the server had lost": "已重新上传服务器丢失的 %2 个版本中的 %1 个",
    "Resolve conflicts…": "处理冲突…", "Changes refused by the server": "被服务器拒绝的修改",
    "The server did not accept these changes, for the reason given. Other changes keep syncing. Double-click a line "
    "to open its record.": "服务器未接受以下修改，原因见右列；其他修改照常同步。双击一行可打开对应记录。",
    "Kind": "类别", "Record": "记录", "Reason": "原因", "The last sync did not finish: %1": "上次同步未完成：%1",
    "Syncing…": "正在同步…", "Automatic sync is off (see Settings).": "自动同步已关闭（见“设置”）。",
    "The server could not be reached %1 time(s) in a row; next try in %2 s.": "已连续 %1 次无法连接服务器，%2 秒后重试。",
    "Automatic sync every %1 minute(s); next in %2 s.": "每 %1 分钟自动同步，%2 秒后进行下一次。",
    "Sync finished at %5: %1 sent, %2 received, %3 conflicts, %4 refused.":
        "%5 同步完成：上传 %1 条，下载 %2 条，冲突 %3 条，被拒绝 %4 条。",
    "Last sync failed": "上次同步失败", "Check the sync page": "请查看同步页",
    " min": " 分钟", "off": "关闭", "Sync automatically every": "自动同步间隔",
    "Resolve sync conflicts": "处理同步冲突",
    "These records were changed on this computer and on another one before they could sync. Both versions are "
    "kept. For each field, choose the value to keep; fields changed on both sides are shown first in red.":
        "以下记录在同步前分别在本机和另一台电脑上被修改，两个版本均已保留。请逐项选择要保留的内容；双方都修改过的字段以红色排在最前。",
    "Take all of this computer's": "全部采用本机版本", "Take all of the other version": "全部采用另一版本",
    "Save merged version": "保存合并结果", "No records are in conflict.": "没有冲突的记录。",
    "This computer (%1, version %2)": "本机（%1，第 %2 版）", "Other computer (%1, version %2)": "另一台电脑（%1，第 %2 版）",
    "%1: %2 — %3 field(s) differ, %4 changed on both sides.": "%1：%2 —— %3 个字段不同，其中 %4 个双方都修改过。",
    "Field": "字段", "Conflict": "冲突类型", "changed on both sides": "双方都修改", "changed on one side": "一方修改",
    "same": "相同", "Record deleted": "记录已删除", "Yes": "是", "No": "否", "%1 file(s)": "%1 个文件",
    "%1 row(s)": "%1 行", "Saving…": "正在保存…",
    "Merged “%1”. The merged version is sent with the next sync.": "已合并“%1”，合并后的版本将在下次同步时上传。",
    # printing notices
    "Print…": "打印…", "Save as PDF…": "另存为PDF…", "Save as PDF": "另存为PDF", "PDF files (*.pdf)": "PDF文件 (*.pdf)",
    "Print log": "打印记录", "Print notice": "打印公示", "printer": "打印机", "Printing": "打印", "Printing…": "正在打印…",
    "Cancel": "取消", "Cancelled.": "已取消。", "Print the notice board": "打印公示栏",
    "Print the notice board…": "打印公示栏…",
    "Notices now on the board (publicizing or posted again); tick the ones to print.":
        "当前公示栏中的公示（公示中、重新公示），请勾选要打印的公示。",
    "%n notice(s) on the board.": "公示栏中共有 %n 项公示。", "Nothing is on the notice board now.": "公示栏中暂无公示。",
    "Tick at least one notice.": "请至少勾选一项公示。", "Preparing the notices…": "正在生成公示…",
    "Printed %n notice(s); the print log records each.": "已打印 %n 项公示，每项均已记入打印记录。",
    "Printing was cancelled or failed; nothing was logged.": "打印已取消或失败，未记入打印记录。",
    "Printed at": "打印时间", "Verification code": "核验码", "Printed to": "输出到",
    # the 政务失信 batches for the city credit platform (gui/reportbatches.py, io/credit_report.py)
    "Batches for the city platform…": "上报批次…", "Batches for the city credit platform": "市信用平台上报批次",
    "Write the confirmed findings for the city credit platform and enter its receipts":
        "生成报送市信用平台的已认定失信记录批次，并登记平台回执",
    "Each batch holds the confirmed findings against units, in the columns the city credit platform imports; records "
    "about persons never go into a batch. Enter the platform's receipt when it confirms a batch.":
        "每个批次包含针对单位的已认定失信记录，列与市信用平台导入模板一致；涉及个人的记录不会进入批次。平台确认接收后，请登记回执。",
    "(a record about a person: administrators only)": "（涉及个人的记录，仅管理员可见）",
    "Import 12345 dispatch list": "导入12345派单清单", "Dispatch list file": "派单清单文件",
    "Imported %1 work orders onto the desk; their deadlines are counted.": "已将 %1 张工单导入监督事项，并已计算办理时限。",
    "Import 12345 list…": "导入12345派单…",
    "Bring the work orders of the 12345 platform's dispatch list (.xlsx or .csv) onto the desk, checked row by row first":
        "将12345平台派单清单（.xlsx 或 .csv）中的工单导入监督事项，导入前逐行检查",
    "zwcx backups (*.zip)": "zwcx 备份 (*.zip)", "Back up…": "备份…", "Back up": "备份", "Writing the backup…": "正在写入备份…",
    "Write all records and attachments to one backup file (.zip), e.g. on a USB stick":
        "把全部记录和附件写入一个备份文件（.zip），例如保存到U盘",
    "Backup written to %1 (%2 attachments).": "备份已写入 %1（含 %2 个附件）。",
    "The backup was not written: %1": "备份未写入：%1",
    "the municipal server does not take the office's supervision clocks yet (an older server): they count on this "
    "computer only and are sent once it does": "市级服务器尚不支持共享本单位的监督事项办理时限（服务器版本较旧）：时限只在本机生效，服务器升级后自动发送",
    "the office's supervision clocks were not accepted by the server: %1": "服务器未接受本单位的监督事项办理时限：%1",
    "%1 change(s) of record kinds the municipal server does not know yet (contracts, lawsuits …) wait on this computer "
    "until the server is upgraded; nothing is lost": "有 %1 项合同、诉讼等新类别记录的修改市级服务器尚不支持，暂存本机，服务器升级后自动上传，不会丢失",
    "print records were not accepted by the server: %1": "服务器未接受打印记录：%1",
    "audit event hashes were not accepted by the server: %1": "服务器未接受审计事件摘要：%1",
    "the server did not anchor audit events from %1 on: this computer's audit log differs there from what it sent "
    "before ('zwcx check' names the events)": "服务器未锚定第 %1 条起的审计事件：本机审计日志与此前发送的不一致（运行 zwcx check 可列出这些事件）",
    "the server refused a version sent again after its restore (%1): %2": "服务器恢复后拒绝了重新发送的版本（%1）：%2",
    "Batch": "批次号", "Written": "生成日期", "Records": "记录数", "File": "文件", "Receipt number": "回执编号",
    "Receipt date": "回执日期", "awaiting": "待回执", "Write new batch…": "生成新批次…", "Enter receipt…": "登记回执…",
    "Write the confirmed findings to an .xlsx (or .csv) file for the platform": "将已认定的失信记录写入 .xlsx（或 .csv）文件，供报送平台",
    "Record the platform's receipt number and date for the selected batch": "为选中的批次登记平台回执编号和日期",
    "Write batch": "生成批次", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)": "Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)",
    "Batch %1 written to %2 with %3 record(s).": "批次 %1 已写入 %2，共 %3 条记录。", "Receipt recorded.": "回执已记录。",
    "This receipt was already recorded.": "该回执此前已登记。", "Platform receipt for batch %1": "批次 %1 的平台回执",
    "The receipt number the city credit platform gave for this batch": "市信用平台为该批次出具的回执编号",
    "role %1 (%2) may not enter a platform receipt; ask an administrator": "角色 %1（%2）不能登记平台回执，请联系管理员",
    "the receipt number should be the platform's number, 1–60 characters without spaces":
        "回执编号应为平台出具的编号，1–60 个字符，不含空格",
    "no batch numbered %1 was written here (zwcx report-batches lists them)": "本机没有生成过编号为 %1 的批次（zwcx report-batches 可列出全部批次）",
    "the receipt date %1 should fall between the batch's date %2 and today": "回执日期 %1 应在批次生成日期 %2 与今天之间",
    "batch %1 already has the receipt %2 of %3; a platform confirms a batch once": "批次 %1 已登记 %3 的回执 %2；平台对一个批次只确认一次",
    "Title": "标题", "Summary": "摘要", "How to object": "异议联系方式", "Publicity period": "公示期",
    "Introduction": "导语", "Heading": "小标题", "Print as": "打印方式", "Each notice in full": "逐项打印公示全文",
    "One board sheet, A3": "公示栏总表（A3）", "One board sheet, A4": "公示栏总表（A4）",
    "%1, row %2, %3": "%1第%2行“%3”", "an unmasked citizen ID number": "未遮蔽的身份证号",
    "an unmasked mobile number": "未遮蔽的手机号码", "an unmasked bank card number": "未遮蔽的银行卡号",
    "unmasked personal data": "未遮蔽的个人信息",
    "Not printed: the field “%1” contains %2. Mask it in the record, then print again.":
        "未打印：“%1”中含有%2。请在记录中遮蔽后再打印。",
    # import wizard and list export (ui/import_wizard.ui, gui/importwizard.py, gui/listbuttons.py)
    "Import roster": "导入名单", "Excel workbook (.xlsx) or CSV file": "Excel 工作簿（.xlsx）或 CSV 文件",
    "Browse…": "浏览…", "Roster file": "名单文件", "From the file": "按文件内容", "Service area": "服务领域",
    "For rows without a policy column": "用于没有“政策/项目”列的行", "Policy or project": "政策/项目",
    "Payment period": "所属期", "Check which field each column of the file fills:": "请核对文件中每一列对应的字段：",
    "Column": "列", "First value": "第一行的值",
    "Import the valid rows and save the others, with the reasons, to:": "导入无误的行，有误的行连同原因保存到：",
    "< Back": "< 上一步", "Next >": "下一步 >", "Choose a roster": "选择名单文件",
    "Rosters (*.xlsx *.csv);;All files (*)": "名单文件 (*.xlsx *.csv);;所有文件 (*)", "Import": "导入",
    "Choose a roster file first.": "请先选择名单文件。", "Cancelling…": "正在取消…",
    "Reading and checking the file…": "正在读取并检查文件…", "Do not import": "不导入",
    "Masked ID (to spot people already registered)": "脱敏身份证号（用于识别已登记人员）", "Row": "行号",
    "Problems": "问题",
    "%1: %2 rows ready to import, %3 with problems. Nothing is imported while a row has a problem, unless you "
    "choose to skip those rows.": "%1：%2 行可以导入，%3 行有问题。只要有一行有问题就不会导入任何记录，除非选择跳过这些行。",
    "Filled from the merged cell %1": "取自合并单元格 %1",
    "%1 cells were filled from merged cells (shown in blue): each holds the value of its merged range's top-left "
    "cell. Columns: %2.": "有 %1 个单元格按合并单元格填入了内容（蓝色显示）：每个单元格都取合并区域左上角单元格的值。"
                          "涉及的列：%2。",
    ", ": "、", "The text was read as Big5 (traditional Chinese).": "文字按 Big5（繁体中文）编码读取。",
    "Importing…": "正在导入…", "Cancelled: nothing was imported.": "已取消：未导入任何记录。",
    "Imported %1 service records.": "已导入 %1 条服务落实记录。",
    "%1 rows were not imported; they are in %2 with the reasons.": "%1 行未导入，已连同原因保存在 %2。",
    "Nothing was imported: %1": "未导入任何记录：%1", "Export list": "导出列表",
    "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)", "Import roster…": "导入名单…",
    # About dialog (gui/about.py)
    "About zwcx": "关于政务诚信", "&Help": "帮助(&H)", " (installed build)": "（安装版）", "Version %1": "版本 %1",
    "Qt %1, Python %2": "Qt %1，Python %2",
    "zwcx is licensed under the Apache License, Version 2.0.": "政务诚信（zwcx）依据 Apache 许可证 2.0 版授权。",
    "Included software and its licences:": "随附软件及其许可证：", "Component": "组件", "Licence": "许可证",
    "Qt and PySide6 are used under the LGPL version 3 as separate shared libraries; you may replace them with "
    "compatible builds of your own in the installation folder.":
        "Qt 与 PySide6 依据 LGPL 第 3 版以独立共享库形式使用；您可以在安装目录中用自行构建的兼容版本替换它们。",
    "Licence of the bundled font AR PL UMing:": "随附字体 AR PL UMing（文鼎明体）的许可证：",
    # one writer per data folder; restoring a backup (store/writerlock.py, store/backup.py, gui/restorebackup.py)
    "another zwcx program is writing to the data folder %1: %2 (pid %3, since %4); nothing was written: try again "
    "when it has finished": "另一个 zwcx 正在写入数据文件夹 %1：%2（进程号 %3，自 %4 起）；本次未写入任何内容，请待其完成后再试",
    "another zwcx program is writing to the data folder %1; nothing was written: try again when it has finished":
        "另一个 zwcx 正在写入数据文件夹 %1；本次未写入任何内容，请待其完成后再试",
    "no backup file at %1": "找不到备份文件 %1", "%1 is not a zwcx backup (not a zip archive)": "%1 不是 zwcx 备份（不是 zip 压缩包）",
    "%1 is not a zwcx backup (no readable manifest)": "%1 不是 zwcx 备份（没有可读的备份说明）",
    "%1 is not a zwcx backup (format %2)": "%1 不是 zwcx 备份（格式为 %2）",
    "%1 was made by a newer zwcx (%2); update zwcx first": "%1 由更新版本的 zwcx（%2）生成，请先升级 zwcx",
    "%1 is damaged: member %2 fails its checksum": "%1 已损坏：其中的 %2 校验失败",
    "%1 holds an unsafe path %2": "%1 含有不安全的路径 %2",
    "%1 is damaged: the database does not match the manifest": "%1 已损坏：数据库与备份说明不符",
    "%1 is damaged: database integrity check says %2": "%1 已损坏：数据库完整性检查结果为 %2",
    "%1 is damaged: attachment %2 does not match its hash": "%1 已损坏：附件 %2 与其校验值不符",
    "%1 is damaged: %2": "%1 已损坏：%2",
    "%1 has database schema %2, which this zwcx does not know": "%1 的数据库结构版本为 %2，当前 zwcx 无法识别",
    "%1 belongs to another office (%2); this data directory belongs to %3 (%4). Restore it into an empty "
    "--data-dir instead": "%1 属于另一个单位（%2），本数据文件夹属于 %3（%4）。请改为恢复到一个空的数据文件夹",
    "%1; the database was not changed": "%1；数据库未作任何改动",
    "not enough free disk space in %1 to %2 (%3 MB needed, %4 MB available); free some space and try again":
        "%1 所在磁盘空间不足，无法%2（需要 %3 MB，可用 %4 MB）；请清理磁盘空间后重试",
    "unpack this backup and keep a copy of the current data before restoring it": "解开此备份并在恢复前保留当前数据的副本",
    "keep a copy of the database and upgrade it for this version of zwcx": "保留数据库副本并为此版本的 zwcx 升级数据库",
    "upgrading the database from %1 failed (%2); the previous database was restored and is still in use (a copy "
    "is kept in %3)": "数据库从 %1 升级失败（%2）；已恢复为原数据库并继续使用（副本保存在 %3）",
    "Restore a backup…": "恢复备份…", "Choose a backup": "选择备份文件", "zwcx backups (*.zip);;All files (*)":
        "zwcx 备份 (*.zip);;所有文件 (*)", "Restore a backup": "恢复备份",
    "Replace all records on this computer by the backup %1?\n\nEverything entered since that backup was made is "
    "replaced; a copy of the current data is kept in the backups folder. The records close while the backup is "
    "restored.": "用备份 %1 替换本机的全部记录吗？\n\n该备份之后录入的所有内容都将被替换；当前数据会先在 backups 文件夹中保留一份副本。恢复期间记录将暂时关闭。",
    "Restore": "恢复", "Close the open records first, then restore the backup.": "请先关闭已打开的记录，再恢复备份。",
    "Restoring the backup…": "正在恢复备份…",
    "The backup was not restored; the records are as they were.\n%1": "备份未恢复，记录保持原样。\n%1",
    "The backup was restored: the records now match the backup made %1. The data it replaced is kept in the backups "
    "folder (%2).": "备份已恢复：现有记录与 %1 生成的备份一致。被替换的数据已保留在 backups 文件夹中（%2）。",
    "The records could not be opened again.": "记录未能重新打开。",
    # the review gate (notices/gate.py, gui/printing.py)
    "the record was deleted: a deleted record has no notice to print": "该记录已删除，没有可打印的公示。",
    "the objection was not accepted (不予受理): there is no outcome notice to post; the complainant is answered "
    "directly": "该异议不予受理，没有处理结果公示可张贴；请直接答复异议人。",
    "a %1 in status %2 has no notice to print": "状态为 %2 的%1没有可打印的公示。",
    "record %1 is %2: only reviewed notices go on a board sheet (print it on its own for a marked copy)":
        "记录 %1 的状态为 %2：只有审核通过的公示才能印在公示栏汇总页上（可单独打印带标记的副本）。",
    "This is a draft, not yet approved by a reviewer: it prints with the watermark “%1” and without a QR code, and "
    "may not be posted.": "这是草稿，尚未经审核：打印件带有“%1”水印，不含二维码，不得张贴。",
    "The record was withdrawn or cancelled: this copy is marked “%1”, has no QR code and may not be posted.":
        "该记录已撤回或撤销：本打印件带有“%1”标记，不含二维码，不得张贴。",
    "No municipal server is configured, so the notice has no QR code; residents can check its verification code "
    "with the office. Enter the server address in Settings.":
        "尚未配置市级服务器，公示不含二维码；群众可向本单位核对核验码。请在“设置”中填写服务器地址。",
    # the other ID documents (domain/identifiers.py)
    "citizen ID (身份证号) starts with 9, as a foreign permanent resident ID (外国人永久居留身份证) "
    "does: choose that document type (证件类型)":
        "身份证号以 9 开头，这是外国人永久居留身份证的号码：请将证件类型选为“外国人永久居留身份证”",
    "citizen ID (身份证号) starts with %1, as a Hong Kong, Macao or Taiwan residence "
    "permit (港澳台居民居住证) does: choose that document type (证件类型)":
        "身份证号以 %1 开头，这是港澳台居民居住证的号码：请将证件类型选为“港澳台居民居住证”",
    "type the number again when changing the document type":
        "更改证件类型时请重新填写证件号码",
    "%1 is empty": "%1为空",
    "%1 must be 18 characters, got %2": "%1应为 18 位，实际为 %2 位",
    "%1 must have digits in positions 1–17, found %2": "%1第 1–17 位应为数字，发现%2",
    "%1 must end in a digit or X, found '%2' at position 18": "%1最后一位应为数字或 X，第 18 位是“%2”",
    "%1 has an impossible birth date in positions 7–14 (YYYYMMDD)": "%1第 7–14 位的出生日期不存在（应为出生年月日）",
    "%1 has a birth date before 1900 or in the future (positions 7–14)": "%1第 7–14 位的出生日期早于 1900 年或晚于今天",
    "%1 check character is wrong: position 18 does not match the other digits (a digit is probably mistyped)":
        "%1校验位（第 18 位）与前 17 位不符（可能有数字输错了）",
    "%1 must start with 9, got '%2'": "%1应以 9 开头，实际以“%2”开头",
    "%1 must start with 810000, 820000 or 830000, got '%2'": "%1应以 810000、820000 或 830000 开头，实际为“%2”",
    "foreign permanent resident ID (外国人永久居留身份证)": "外国人永久居留身份证号码",
    "residence permit (港澳台居民居住证)": "港澳台居民居住证号码",
    "Licences of the bundled fonts AR PL UMing and BabelStone Han:":
        "随附字体 AR PL UMing（文鼎明体）与 BabelStone Han（生僻字补充字体）的许可证：",
    # every character prints or is refused (domain/printable.py, notices/glyphs.py)
    "contains %1, which the notice fonts cannot print; remove or replace it":
        "含有公示字体无法打印的字符 %1，请删除或改用其他字",
    "contains %1, a control or text-direction character that hides or reorders text; remove it":
        "含有控制字符或文字方向字符 %1，会隐藏或颠倒所显示的文字，请删除",
    "the user name %1": "用户名%1", "the display name %1": "显示名称%1",
    "Not printed: the field “%1” contains %2, which the notice fonts cannot print. Replace it in the record, "
    "then print again.": "未打印：“%1”中含有公示字体无法打印的字符 %2。请在记录中修改后再打印。",
    # record form: an error of one row of a child table (finance lines)
    "row %1, %2: ": "第%1行“%2”：",
    # private fields (the complainant) and the official holiday calendar
    "(visible to the case handlers only)": "（仅承办人可见）",
    "only the roles handling the case may change this field": "仅承办人可修改此项",
    "repeats a private field (such as the complainant's name or phone); leave it out, this text is printed on "
    "notices": "含有不公开字段的内容（如异议人姓名或电话），请删去：此处文字会印在公示上",
    "a name or number only the case handlers may see (such as the complainant's)": "仅承办人可见的姓名或号码（如异议人的）",
    "dates recounted on the official calendar": "按官方节假日安排重算日期",
    "Under the official holiday schedule the publicity period should end on %1.": "按官方节假日安排，公示期应截止于%1。",
    "%1: under the official holiday schedule the publicity period should end on %2; the notice keeps the end date "
    "it was posted with.": "%1：按官方节假日安排，公示期应截止于%2，公示仍保留张贴时的截止日期。",
    "The official holiday schedule arrived: the dates of %1 record(s) not yet posted were counted again. Posted "
    "notices keep their dates.": "已收到官方节假日安排：%1 条尚未公示的记录已重新计算日期，已张贴的公示保留原日期。",
    # the contact block on notices (gui/contactform.py, settings, start-up) and village finance
    "Contact person": "联系人", "Contact phone": "联系电话", "Address for objections": "受理异议地址",
    "Supervising department": "监督部门", "Supervision phone": "监督电话", "e.g. 道里区纪委监委": "例如：道里区纪委监委",
    "Contact details for notices": "公示联系方式",
    "Every notice now gives the office's contact person, phone and address, and the supervision phone (the "
    "supervising department and 12345). Notices cannot be printed until these are filled in.":
        "公示现须载明本单位联系人、联系电话和地址，以及监督电话（监督部门电话和12345热线）。填写完整前不能打印公示。",
    "Later": "稍后填写", "Contact details printed on notices": "公示联系方式",
    "Save contact details": "保存联系方式", "Saved. Notices printed from now on show these details.":
        "已保存。此后打印的公示将使用这些联系方式。",
    "Notices cannot be printed yet: the office contact details are incomplete. An administrator must fill them in "
    "under Settings.": "暂不能打印公示：本单位联系方式不完整，须由管理员在“设置”中填写。",
    "the notice was not printed: the office contact details are incomplete (missing: %1); an administrator fills "
    "them in under Settings": "公示未生成：本单位联系信息不完整，缺少%1。请管理员在“设置”中填写。",
    "contact person": "联系人", "contact phone": "联系电话", "address": "地址", "supervising department": "监督部门",
    "supervision phone": "监督电话",
    "only an administrator can change the office contact details": "只有管理员可以修改本单位联系方式",
    "is required for a village committee's finance disclosure": "村委会的财务公开必须填写",
    "is given without an opening balance": "未填写期初余额，不能有期末余额",
    "is %1 but the opening balance plus income minus expenditure is %2": "为 %1，但期初余额加本期收入减本期支出为 %2",
    "a village finance notice needs the opening balance (期初余额); enter it in the record":
        "村务财务公开须有期初余额，请在记录中填写",
    "the closing balance (期末余额) %1 does not add up: the opening balance plus income minus expenditure is %2":
        "期末余额 %1 与账目不符：期初余额加本期收入减本期支出为 %2",
    # moving a computer to another township (settings, enrolment)
    "Another township": "其他乡镇",
    "This computer holds the records of %1, but the code is for %2.\n\nMove this computer to %2? A backup "
    "of all records is written to the backups folder first; then %1's records are removed from this "
    "computer and it starts afresh with %2's records.":
        "本机保存的是%1的记录，而该注册码属于%2。\n\n要将本机迁移到%2吗？系统会先把全部记录备份到 backups 文件夹，"
        "然后从本机删除%1的记录，本机改为从%2的记录重新开始。",
    "Back up and move": "备份并迁移",
    "The previous township's records were backed up to %1 and removed from this computer.":
        "原乡镇的记录已备份到 %1，并已从本机删除。",
    # secrets: keyrings and the ID fingerprint key (credentials.py, store/keys.py, gui/secretsbox.py)
    "no OS keyring is available on this machine, and zwcx keeps its secrets only there: install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session), or have an administrator choose the file store explicitly (Settings, or 'zwcx secrets use-file-store')":
        "本机没有可用的系统密钥环，而本系统的密钥只保存在那里：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话），或由管理员在“设置”中明确选择文件存储",
    "the only keyring on this machine is a file store (%1) that other programs can read, and no administrator chose it for zwcx's secrets: install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session), or have an administrator choose the file store explicitly (Settings, or 'zwcx secrets use-file-store')":
        "本机只有其他程序可以读取的文件密钥存储（%1），且没有管理员选择用它保存本系统的密钥：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话），或由管理员在“设置”中明确选择文件存储",
    "the keyring is keyring's null backend, which keeps nothing, so zwcx's secrets would be lost: unset PYTHON_KEYRING_BACKEND and install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)":
        "当前密钥环是 keyring 的空后端（null），它不保存任何内容，本系统的密钥会丢失：请取消环境变量 PYTHON_KEYRING_BACKEND，并安装、解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）",
    "the keyring could not be read (%1): install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)":
        "无法读取密钥环（%1）：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）",
    "the keyring could not be written (%1): install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)":
        "无法写入密钥环（%1）：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）",
    "the ID fingerprint key of this office is not in the keyring (another computer or user account, another keyring, or one that was reset), so duplicates cannot be checked: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key":
        "密钥环中没有本单位的身份证号指纹密钥（换了电脑或用户账户、换了密钥环，或密钥环被重置），无法进行重复核查：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥",
    "the ID fingerprint key in the keyring is not the one this office's records were made with, so duplicates cannot be checked: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key":
        "密钥环中的身份证号指纹密钥不是本单位记录所用的密钥，无法进行重复核查：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥",
    "the ID fingerprint key of this office is not in the keyring (another computer or user account, another keyring, or one that was reset) and this office never enrolled with the municipal server, so the %1 service record(s) entered so far can no longer be matched as duplicates: put back the keyring that holds the key, or an administrator may accept a new key (Settings, or 'zwcx secrets new-key')":
        "密钥环中没有本单位的身份证号指纹密钥（换了电脑或用户账户、换了密钥环，或密钥环被重置），且本单位从未在市级服务器注册，已录入的 %1 条服务落实记录今后无法再进行重复比对：请恢复保存该密钥的密钥环，或由管理员在“设置”中接受新密钥",
    "the ID fingerprint key in the keyring is not the one this office's records were made with and this office never enrolled with the municipal server, so the %1 service record(s) entered so far can no longer be matched as duplicates: put back the keyring that holds the key, or an administrator may accept a new key (Settings, or 'zwcx secrets new-key')":
        "密钥环中的身份证号指纹密钥不是本单位记录所用的密钥，且本单位从未在市级服务器注册，已录入的 %1 条服务落实记录今后无法再进行重复比对：请恢复保存该密钥的密钥环，或由管理员在“设置”中接受新密钥",
    "this office is enrolled with the municipal server, whose key is the township's: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key":
        "本单位已在市级服务器注册，指纹密钥以全乡镇（街道）的为准：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥",
    "the ID fingerprint key in the keyring is this office's own: there is nothing to replace":
        "密钥环中的身份证号指纹密钥就是本单位的密钥，无需更换",
    "only an administrator can accept a new ID fingerprint key": "只有管理员可以接受新的身份证号指纹密钥",
    "only an administrator can choose where the secrets are kept": "只有管理员可以选择密钥的保存位置",
    "The secrets of this office (device token, ID fingerprint key) are kept in a file store (%1) that other programs of this user can read: an administrator chose it under Settings. Install and unlock the system keyring to keep them safe.":
        "本单位的密钥（设备令牌、身份证号指纹密钥）保存在文件存储（%1）中，本用户的其他程序可以读取：这是管理员在“设置”中选择的。请安装并解锁系统密钥环，以确保密钥安全。",
    "The secrets of this office are kept in the system keyring (%1).": "本单位的密钥保存在系统密钥环（%1）中。",
    "Secrets": "密钥存储",
    "Keep the secrets in a file store when this computer has no system keyring (other programs of this user can read it)":
        "本机没有系统密钥环时，将密钥保存在文件存储中（本用户的其他程序可以读取）",
    "Accept a new ID fingerprint key…": "接受新的身份证号指纹密钥…",
    "Accept a new ID fingerprint key": "接受新的身份证号指纹密钥",
    "Saved: the secrets may be kept in a file store.": "已保存：密钥可以保存在文件存储中。",
    "Saved: the secrets are kept only in the system keyring.": "已保存：密钥只保存在系统密钥环中。",
    "The office's ID fingerprint key is lost. With a new key, the service records entered so far can no longer be matched as duplicates of new ones. If the key can still be found (the keyring of the user account that entered them), cancel and put it back instead.\n\nAccept a new key? This is recorded in the audit log.":
        "本单位的身份证号指纹密钥已丢失。使用新密钥后，已录入的服务落实记录将无法再与新记录进行重复比对。如果还能找回原密钥（录入这些记录的用户账户的密钥环），请取消并恢复原密钥。\n\n确定接受新密钥吗？此操作将记入审计日志。",
    "Accept a new key": "接受新密钥",
    "A new key was accepted; %1 service record(s) entered before can no longer be matched as duplicates.":
        "已接受新密钥；此前录入的 %1 条服务落实记录今后无法再进行重复比对。",
    # unsaved typing (gui/drafts.py)
    "Restored from a draft saved %1 that was never saved as a record.": "已从 %1 自动保存的草稿恢复，该内容此前未保存为记录。",
    "The record has changed since then: compare before saving.": "此后该记录已有改动，保存前请核对。",
    "Unsaved changes": "未保存的修改",
    "This form has changes that are not saved.": "此表单有尚未保存的修改。",
    "Don't save": "不保存",
    "Unsaved forms": "未保存的表单",
    "%1 form(s) were being filled in when zwcx last stopped and were never saved. Open them to continue?":
        "上次退出时有 %1 个表单正在填写且未保存。要打开继续填写吗？",
    "Open them": "打开继续填写", "Discard them": "丢弃",
    # sync errors, lifecycle steps (gui/i18n.py templates, gui/errors.py)
    "%1: could not reach the sync server (%2)":
        "%1：无法连接同步服务器（%2）。请检查网络连接和服务器地址；数据都在本机，网络恢复后再同步即可",
    "%1: the server's TLS certificate was not accepted (%2)":
        "%1：服务器的安全证书未通过验证（%2）。请核对服务器地址，或向市级管理员索取证书文件",
    "%1: the server refused (HTTP %2): %3": "%1：服务器拒绝了请求（HTTP %2）：%3",
    "enrolment": "注册", "meta": "同步准备", "push": "上传", "pull": "下载", "missing versions": "核对缺失数据",
    "reference data": "参考数据", "verify": "核对", "attachment check": "附件检查", "attachment download": "附件下载",
    "attachment upload": "附件上传",
    "this enrolment code is unknown, used or expired; ask for a new one":
        "注册码无效、已使用或已过期，请向市级管理员索取新的注册码",
    "unknown device token; enrol this device again": "本机的设备令牌无效，请重新注册本机",
    "this device has been revoked by the municipal administrator": "本机已被市级管理员停用",
    "must start with https:// (plain http only for this machine)": "必须以 https:// 开头（http 只能用于本机地址）",
    "This record cannot go from “%1” to “%2”.": "此记录不能从“%1”转为“%2”。",
    "Fill in “%1” first.": "请先填写“%1”。",
    "%1: expected JSON from the sync server but got %2 (%3); a captive portal or proxy may be in the way":
        "%1：同步服务器的应答不是同步数据（收到 %2：%3）。网络可能要求先登录认证页面，或有代理拦截；请先在浏览器中打开任一网页完成认证，再同步",
    "%1: the server's JSON is incomplete or damaged (%2)": "%1：服务器的应答不完整或已损坏（%2），请稍后再同步",
    "%1: the server's gzip body is damaged (%2)": "%1：服务器的应答已损坏（%2），请稍后再同步",
    # try it first (gui/trial.py, gui/wizard.py)
    "Try it with sample data first": "先用示例数据看看", "Preparing the sample office…": "正在准备示例单位…",
    "Opens a sample office with demo records in a separate folder, marked as training on screen and on paper; you can set up the real office from there at any time.":
        "打开一个带有示例记录的示例单位，数据保存在单独的文件夹中，屏幕和打印件上都标明“示例/培训”；随时可以从那里开始设置真实单位。",
    "Sample office": "示例单位", "[Sample / training] ": "【示例/培训】", "Set up the real office…": "设置真实单位…",
    "Sample office: made-up records, prints marked 示例/培训": "示例单位：记录均为虚构，打印件标有“示例/培训”",
    "The sample records stay in their own folder; the real office starts empty.":
        "示例记录保留在单独的文件夹中，真实单位从空白开始。",
    "Recently opened": "最近打开", "(none yet)": "（暂无）",
    # settings labels (gui/settingspage.py)
    "Server address": "服务器地址", "Enrolment code": "注册码", "User accounts": "用户账户", "Add a user": "添加用户",
    "Role:": "角色：", "New password:": "新密码：", "8 characters or more": "至少 8 个字符",
    "Selected user: %1": "所选用户：%1", "Select a user in the table to change it.": "在表格中选择一个用户后可修改。",
    "YYYY-MM-DD": "年-月-日",
    # Qt's file dialog (see gui/i18n.py QT_CATALOGUE_GAPS)
    "&Look in:": "查找范围(&L)：", "Files of &type:": "文件类型(&T)：",
    "Search names, policies and villages, or a full ID number (Ctrl+F)": "搜索姓名、政策、村（社区），或输入完整身份证号（Ctrl+F）",
    # start-up reminder (gui/duetoday.py)
    "Due today": "今日提醒", "These need attention. Double-click a line to open its record.": "以下事项需要处理。双击一行打开对应记录。",
    "Show at start-up": "启动时显示", "Open the 工作台": "打开工作台",
    # link pickers (gui/recordpicker.py)
    "Choose a %1": "选择%1", "Search titles and content": "搜索标题和内容", "Status": "状态", "%1 found": "找到 %1 条",
    "(the first %1 shown: type more to narrow it)": "（显示前 %1 条，请输入更多文字缩小范围）", "Choose…": "选择…",
    "Clear": "清除",
    "This record can no longer be edited, and its lifecycle has ended here.": "此记录已不能修改，其流程已到此结束。",
    "Time": "时间",
    "%1 (%2)": "%1（%2）",
    # contract payments and judgments due (gui/dashboard.py, gui/duetoday.py)
    "Contract payments due within 7 days, today or overdue": "七日内到期、今日到期及逾期的合同款项",
    "Judgments reaching their performance deadline": "临近或超过履行期限的判决",
    "due today": "今日到期", "overdue %1 days": "逾期 %1 天", "due in %1 days": "%1 天后到期", "payment": "付款",
    "deposit to return": "应退保证金", "确权 answer": "确权答复", "judgment to perform": "判决履行", "%1 yuan": "%1 元",
    # the payments tab of a contract (gui/contractpanel.py)
    "Payments": "付款情况", "Clock starts on": "起算依据", "Start": "起算日", "Due": "应付日", "Amount": "金额(元)",
    "Paid": "已付(元)", "Outstanding": "未付(元)", "Paid in full on": "付清日期", "Days late": "逾期天数",
    "delivery": "交付", "acceptance": "验收", "settlement": "结算确认", "instalment": "分期",
    "Next payment due: %1": "下一付款期限：%1", "Paid %1 yuan, outstanding %2 yuan.": "已付 %1 元，未付 %2 元。",
    "Late interest as of %1: %2 yuan owed, %3 yuan paid, %4 yuan unpaid (%5).":
        "截至 %1 的逾期利息：应付 %2 元，已付 %3 元，未付 %4 元（%5）。",
    "Nothing has fallen due yet: the clock starts with a delivery, an acceptance, a confirmed settlement or an "
    "instalment date.": "尚无到期款项：付款期限自交付、验收、结算确认或约定的分期日期起算。",
    "The payment term is over 60 days (art. 9): the money falls due after 60.":
        "约定付款期限超过60日（条例第九条）：按60日计算到期日。",
    "The agreed late-interest rate is below the 1-year LPR at signing (art. 17): interest runs at the LPR.":
        "约定逾期利率低于签订时一年期LPR（条例第十七条）：按LPR计算利息。",
    "Payment on acceptance without an agreed acceptance period (art. 10).": "约定验收后付款但未约定验收期限（条例第十条）。",
    "agreed rate, %1 % a year": "约定利率，年 %1%", "the 1-year LPR at signing, %1 % a year": "签订时一年期LPR，年 %1%",
    "0.05 % a day, no rate agreed": "未约定利率，按每日0.05%", "no interest agreed": "未约定逾期利息",
    # contract indicators (gui/stats.py)
    "Paid on time": "按期支付率", "Contracts overdue": "逾期合同数", "Overdue (yuan)": "逾期金额(元)",
    "Overdue ≤ 30 days": "逾期30天以内", "Overdue 31–90 days": "逾期31–90天", "Overdue 91–180 days": "逾期91–180天",
    "Overdue > 180 days": "逾期180天以上", "Average days to pay": "平均付款天数", "Lawsuits pending": "未结诉讼",
    "Judgments unperformed": "未履行判决",
    # 政务失信 (#17): lead proposals on 工作台 (gui/leadproposals.py), the form's repair part (gui/creditform.py)
    "Open as a new dishonesty lead…": "作为失信线索新建记录…",
    "SME arrears overdue more than (days)": "拖欠中小企业账款逾期超过（天）",
    "Commitments overdue more than (days)": "承诺逾期超过（天）",
    "Proposed dishonesty leads (%1)": "建议登记的失信线索（%1）", "%1 days overdue  %2": "逾期 %1 天  %2",
    "Print the credit commitment letter (信用承诺书)…": "打印信用承诺书…", "Credit repair": "信用修复",
    "Credit repair applies once a decision is entered and the record is saved.": "录入认定决定并保存后，方可办理信用修复。",
    "Credit repair may be applied for now, with the two materials: proof of performance and the signed credit commitment letter.":
        "现在可以申请信用修复，须提交两项材料：履行证明材料和签章的信用承诺书。",
    "Credit repair cannot be applied for yet: %1": "暂不能申请信用修复：%1",
    "Save the credit commitment letter": "保存信用承诺书", "credit commitment letter.pdf": "信用承诺书.pdf",
    "PDF (*.pdf)": "PDF 文件 (*.pdf)", "Not printed": "未打印",
    "Another unit must check the information (credit objection)": "需其他单位核查（信用信息异议，7个工作日）",
    # core messages of 政务失信 (domain/credit_rules.py, domain/credit.py)
    "only the administrator may record or read a person-level dishonesty record": "个人类失信记录仅限管理员登记和查看",
    "repair cannot be applied for before a decision is entered": "尚未录入认定决定，不能申请信用修复",
    "repair cannot be applied for yet: %1": "尚不符合信用修复条件：%1",
    "the minimum display period runs until %1; repair can be applied for from %2": "最短公示期至 %1，自 %2 起可申请修复",
    "the obligation is not fully performed: %1 of %2 yuan performed": "义务尚未履行完毕：应履行 %2 元，已履行 %1 元",
    "the obligations are not confirmed as performed": "尚未确认义务已履行完毕",
    "no credit commitment (信用承诺) has been made": "尚未作出信用承诺",
    "a judgment-debtor (失信被执行人) entry ends when the court removes it; credit repair does not apply":
        "失信被执行人信息由法院移出名单后终止，不适用信用修复",
    "the record is not shown, so there is nothing to repair": "该记录不予公示，无需修复",
    "display stopped after %1, so there is nothing to repair": "公示已于 %1 期满停止，无需修复",
    # 统计分析's 政务失信 line (gui/creditstats.py)
    "none": "无", "Rectification completed": "整改完成率", "Repairs decided": "修复办结率",
    "Credit objections answered on time": "信用异议按期答复率",
    "Dishonesty records by type: %1; by severity: %2.": "政务失信记录按类型：%1；按失信程度：%2。",
    "Arrears over ": "账款逾期超过 ", "Commitments over ": "承诺逾期超过 ", " days": " 天",
    "Repair applied for on %1: the deciding body answers by %2, the platform finishes by %3.":
        "已于 %1 申请信用修复：认定单位应于 %2 前作出决定，信用平台应于 %3 前办结。",
    "This record is not available to you.": "您无权查看此记录。",
    # supervision desk (#18): gui/deskpage.py, clockpresets.py, supervisionstats.py, dashboard, actions, messages
    "All channels": "全部渠道", "Objections to our notices": "对本单位公示的异议", "Overdue only": "仅显示逾期",
    "Reply letter…": "答复函…", "Save the reply letter of the selected case as PDF": "将所选事项的答复函保存为 PDF",
    "Monthly summary…": "月度办理情况…", "Monthly summary": "月度办理情况", "Month:": "月份：",
    "Save the month's summary of cases for the township head as PDF": "将当月监督事项办理情况（报乡镇主要负责人）保存为 PDF",
    "Save the monthly summary": "保存月度办理情况",
    "New case": "新建事项", "Channel": "渠道", "Subject": "事项", "Received": "接收日期", "Deadline": "办理时限",
    "Days left": "剩余天数", "%1 found, the first %2 shown": "找到 %1 条，显示前 %2 条", "Objection": "异议",
    "Choose a supervision case in the list first.": "请先在列表中选择一件监督事项。",
    "Save the reply letter": "保存答复函",
    "Supervision clocks (deadlines per channel)": "监督事项办理时限（按渠道）",
    "Per channel, each deadline has a name, a unit (working days, days or months), the day it counts from and an amount; amounts by request type, for urgent and complex cases and for an approved extension are optional. Saving counts the deadlines of open cases again.":
        "按渠道列出各项时限：名称、单位（工作日、自然日或月）、起算日和数量；可另设按诉求类型、紧急、复杂事项和批准延期的数量。保存后将重新计算未办结事项的时限。",
    "Deadlines per channel (JSON)": "各渠道时限（JSON）",
    "Save clocks": "保存时限", "Saved. Deadlines of %1 open case(s) were counted again.": "已保存。已重新计算 %1 件未办结事项的时限。",
    "Shared: the township's other computers count with these clocks through the municipal server.":
        "已共享：本乡镇（街道）的其他电脑通过市级服务器使用这些时限。",
    "Waiting to be sent: the township's other computers count with these clocks once the next sync has sent them to "
    "the municipal server.": "等待发送：下次同步把这些时限发送到市级服务器后，本乡镇（街道）的其他电脑才使用它们。",
    "This computer is not enrolled with a sync server: these clocks count here only.":
        "本机尚未注册同步服务器：这些时限只在本机使用。",
    "Supervision cases received in the period": "本期接收的监督事项", "Cases": "件数", "Closed on time": "按期办结率",
    "Reply rate (threshold 92%)": "回复率（达标线92%）", "Satisfaction (threshold 85%)": "满意率（达标线85%）",
    "Overdue": "逾期", "Handled again": "重办",
    "Supervision cases due within 2 working days, due today or overdue": "2个工作日内到期、今日到期或已逾期的监督事项",
    "Callbacks due": "待回访事项",
    "needs the reply date first": "需先填写答复日期",
    "is given only to deputies' suggestions and members' proposals": "仅人大代表建议和政协委员提案有答复类别",
    "needs the date of the callback or of the deputy's feedback": "需先填写回访日期或代表反馈日期",
    "not valid JSON: line %1, column %2: %3": "不是有效的 JSON：第 %1 行第 %2 列：%3",
    "supervision_clocks must be an object with one list of clocks per channel": "办理时限须为对象，每个渠道一组时限列表",
    "%1: unknown channel; %2": "%1：未知渠道；%2", "%1: expected a list of clocks": "%1：应为时限列表",
    "%1: the clock %2 is listed more than once": "%1：时限 %2 重复列出",
    "%1: expected an object with name, unit, from and amount": "%1：应为包含 name、unit、from 和 amount 的对象",
    "%1: unknown key %2; expected %3": "%1：未知的键 %2；应为 %3",
    "%1: unknown clock %2; expected one of %3": "%1：未知时限 %2；应为以下之一：%3",
    "%1: 'unit' must be one of %2, got %3": "%1：unit 应为 %2 之一，实际为 %3",
    "%1: 'from' must be one of %2, got %3": "%1：from 应为 %2 之一，实际为 %3",
    "%1: %2 must be a whole number of %3 from 0 to %4, got %5": "%1：%2 应为 0 至 %4 之间的整数（单位 %3），实际为 %5",
    "%1: 'by_type' must be an object of request type to amount": "%1：by_type 应为“诉求类型: 数量”的对象",
    "%1: a complex case cannot be due sooner (%2) than an ordinary one (%3)": "%1：复杂事项的时限（%2）不能短于一般事项（%3）",
    "%1: %2 is missing": "%1：缺少 %2",
    "only an administrator may change the supervision clocks": "只有管理员可以修改监督事项办理时限",
    "only a deputy's suggestion, a member's proposal, a 12345 work order or a disclosure request has a reply letter":
        "只有人大代表建议、政协委员提案、12345工单和依申请公开事项有答复函",
    "only the roles handling the case may print the letter to its requester": "只有承办该事项的角色可以打印给诉求人的答复函",
    "enter the result before printing the reply": "请先填写办理结果再打印答复",
    "choose the answer class (A, B or C) before printing the reply letter": "请先选择答复类别（A、B或C）再打印答复函",
    # printing the current list (gui/listprinting.py)
    "Print list": "打印列表", "Print list…": "打印列表…", "Choose a printer and print the list": "选择打印机并打印列表",
    "Save the list as a PDF file": "将列表保存为 PDF 文件", "list": "列表",
    "Print the records this list shows now, with its filters, count and totals (A4 landscape)":
        "按当前筛选条件打印列表中的记录，含筛选条件、条数和金额合计（A4 横向）",
    "%1 records are too many to print (at most %2). Narrow the filters, or export the list to Excel.":
        "共 %1 条记录，超过可打印的上限（%2 条）。请缩小筛选范围，或导出为 Excel。",
    # help: the manual and tooltips (gui/help.py)
    "User manual": "操作手册",
    "Create a new record of the kind on this page (Ctrl+N)": "新建本页面类别的记录（Ctrl+N）",
    "Save the record form in front (Ctrl+S)": "保存当前记录表单（Ctrl+S）",
    "Go to the search box of this list (Ctrl+F)": "转到本列表的查找框（Ctrl+F）",
    "Print the notice of the record form in front (Ctrl+P)": "打印当前记录表单的公示文书（Ctrl+P）",
    "Print every notice now on the notice board in one job": "一次打印公示栏上正在公示的全部公示",
    "Version and licences of zwcx and the software it ships with": "zwcx 及其所含软件的版本和许可证",
    "Open the user manual at this page (F1)": "打开操作手册中本页面的一节（F1）",
    "Close zwcx": "退出 zwcx",
    "Replace all data with a backup (administrators)": "用备份替换全部数据（仅管理员）",
    "Records opened lately": "最近打开过的记录",
    "Create a new record of this kind": "新建一条此类记录",
    "Save the records this list shows, with its filters, as an Excel workbook": "将列表中当前显示的记录（按当前筛选条件）保存为 Excel 工作簿",
    "Add many records at once from an Excel workbook, after a preview": "从 Excel 工作簿批量添加记录，添加前先预览",
    "Type any part of a title, name or village; the list narrows as you type": "输入标题、姓名或村名的任意部分，列表随输入即时筛选",
    "Show only records in this status": "只显示此状态的记录",
    "Show only records of this service area": "只显示此服务领域的记录",
    "Show only records of this unit": "只显示此单位的记录",
    "Save the record (Ctrl+S)": "保存记录（Ctrl+S）",
    "Show the notice as it will print, then print it or save it as PDF": "预览打印效果，然后打印或另存为 PDF",
    "Print the notice; every print is logged": "打印公示文书；每次打印都记入打印记录",
    "Save the notice as a PDF file; the save is logged like a print": "将公示文书另存为 PDF 文件；与打印一样记入打印记录",
    "Close the form (Esc); unsaved changes are asked about": "关闭表单（Esc）；有未保存的修改时会先询问",
    "How many days the notice stays posted": "公示张贴的天数",
    "Calendar days, or working days (weekends and public holidays skipped)": "按自然日，或按工作日（不计周末和法定节假日）计算",
    "Tick when the notice lists persons: their ID numbers print masked": "公示中列有个人时勾选：身份证号等按脱敏形式打印",
    "Only the masked form is kept; the full number is never stored": "只保存脱敏形式，完整号码不会保存",
    "Used to find duplicates and printed masked; the full number is not stored": "用于查重，打印时脱敏；完整号码不会保存",
    "The 18-character unified social credit code": "18 位统一社会信用代码",
    "The 6-digit administrative division code": "6 位行政区划代码",
    "Where the text is published (notice board, website, …)": "公开的渠道（公示栏、网站等）",
    "The month the payment is for (YYYY-MM)": "发放所属月份（年-月）",
    "Number of persons in the household": "家庭人口数",
    "The supplier declared itself a small or medium enterprise": "供应商声明为中小企业",
    "Earliest date the record may leave the public list": "可以移出公示的最早日期",
    "Latest date the record leaves the public list": "移出公示的最晚日期",
    "Record the commitment as fulfilled; whether on time or late is decided from the dates":
        "登记承诺已兑现；按期还是逾期由系统根据日期判断",
    "Moves the record to the status “%1”; its history keeps every step": "将记录转为“%1”状态；每一步都记入历史",
    "Open a record list first, such as Commitments or Service delivery.": "请先打开一个记录列表，例如“承诺事项”或“服务落实”。",
    "Print the list on this page as it is filtered and sorted (Ctrl+Shift+P)": "按当前筛选和排序打印本页面的列表（Ctrl+Shift+P）",
    # tray reminders (gui/tray.py)
    "zwcx: nothing due": "zwcx：暂无到期事项", "zwcx: %n item(s) due": "zwcx：%n 项到期事项", "Now due": "新的到期事项",
    "Show due items in the system tray": "在系统托盘中显示到期事项",
    "A tray icon counts what is due and a notification says when more falls due, while zwcx runs":
        "zwcx 运行时，托盘图标显示到期事项的数量，有新的事项到期时弹出通知",
    # linking service records to a roster notice in batches (gui/batch.py, gui/rosterlink.py, the import wizard)
    "Link to roster notice…": "关联到名单公示…", "Unlink from roster notice": "取消关联名单公示",
    "Only for records whose notice has not been posted yet": "仅限所关联的公示尚未开始公示的记录",
    "%1 records taken off their roster notice.": "已取消 %1 条记录与名单公示的关联。",
    "%1 records linked to the roster notice “%2”.": "已将 %1 条记录关联到名单公示“%2”。",
    "The notice has been posted: the roster it was posted with does not change; the records are on it when it is "
    "posted again.": "该公示已开始公示：已公示的名单不变，这些记录在重新公示时列入名单。",
    "%1 were already so.": "另有 %1 条原已如此，未作改动。",
    "%1 of these records can no longer be edited (%2). Leave them out of the selection and try again.":
        "其中 %1 条记录已不能修改（%2）。请将它们移出所选范围后重试。",
    "%1 of these records are on a roster notice that has been posted, which keeps them.":
        "其中 %1 条记录所在的名单公示已开始公示，名单须保留这些记录。",
    "Choose the roster notice": "选择名单公示",
    "Only notices with personal data (a roster) that are still to be posted, or may be posted again, are listed. A "
    "notice already posted keeps the roster it was posted with; records linked now are on it when it is posted "
    "again.": "只列出含个人信息（附名单）、尚未公示或还可重新公示的公示。已开始公示的公示保留公示时的名单；现在关联的记录在重新公示时列入名单。",
    "Link the imported records to the roster notice": "将导入的记录关联到名单公示",
    "Optional: none chosen": "可选，未选择",
    "They are linked to the roster notice “%1”.": "这些记录已关联到名单公示“%1”。",
    "The chosen notice contains no personal data, so it prints no roster; choose a roster notice.":
        "所选公示不含个人信息，不打印名单：请选择名单公示。",
    "The chosen roster notice is “%1” and will not be posted again, so it takes no more records; choose another.":
        "所选名单公示的状态为“%1”，不会再公示，不能再关联记录：请另选。",
}
