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
    "Double-click a line to open its record.": "双击一行打开对应记录。", "Nothing here.": "暂无。",
    # errors
    "You are not allowed to do this: %1": "您无权执行此操作：%1", "Some fields are not valid:": "以下字段填写有误：",
    "Someone else changed this record: %1": "该记录已被他人修改：%1", "Unexpected error (%1): %2": "意外错误（%1）：%2",
    # files and finance
    "Add file…": "添加文件…", "Choose files": "选择文件",
    "Images and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)":
        "图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)",
    "Income or expense": "收支", "Item": "项目", "Amount (yuan)": "金额(元)", "Note": "备注", "Add line": "添加明细",
    "Remove line": "删除明细", "Income %1 yuan, expense %2 yuan, balance %3 yuan": "收入合计 %1 元，支出合计 %2 元，结余 %3 元",
    # history
    "Versions (expand one to see what changed)": "版本记录（展开可查看改动内容）", "Version": "版本",
    "Time (UTC)": "时间（UTC）", "By": "操作人", "Changed fields": "改动字段", "Audit trail": "审计日志", "No.": "序号",
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
    "wrong user name or password": "用户名或密码错误", "the password must have at least %1 characters": "密码至少需要 %1 个字符",
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
    "Welcome. Enter your unit and create the administrator account. Everything is stored on this computer; the "
    "municipal server is optional.": "欢迎使用。请填写本单位信息并创建管理员账号。所有数据保存在本机，市级服务器地址可稍后填写。",
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
    "Printed at (UTC)": "打印时间（UTC）", "Verification code": "核验码", "Printed to": "输出到",
    "Title": "标题", "Summary": "摘要", "How to object": "异议联系方式", "Publicity period": "公示期",
    "Introduction": "导语", "Heading": "小标题", "Print as": "打印方式", "Each notice in full": "逐项打印公示全文",
    "One board sheet, A3": "公示栏总表（A3）", "One board sheet, A4": "公示栏总表（A4）",
    "%1, row %2, %3": "%1第%2行“%3”", "an unmasked citizen ID number": "未遮蔽的身份证号",
    "an unmasked mobile number": "未遮蔽的手机号码", "an unmasked bank card number": "未遮蔽的银行卡号",
    "unmasked personal data": "未遮蔽的个人信息",
    "Not printed: the field “%1” contains %2. Mask it in the record, then print again.":
        "未打印：“%1”中含有%2。请在记录中遮蔽后再打印。",
    # import wizard and list export (gui/importwizard.py)
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
}
