<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.ui" line="6" />
        <source>About zwcx</source>
        <translation>关于政务诚信</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/about.py" line="76" />
        <source> (installed build)</source>
        <extracomment>Licence files of the bundled notice fonts (the main face, then the fallback face for rare characters).</extracomment>
        <translation>（安装版）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/about.py" line="79" />
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/about.py" line="80" />
        <source>Qt %1, Python %2</source>
        <translation>Qt %1，Python %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/about.py" line="81" />
        <source>zwcx is licensed under the Apache License, Version 2.0.</source>
        <translation>政务诚信（zwcx）依据 Apache 许可证 2.0 版授权。</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="26" />
        <source>Included software and its licences:</source>
        <translation>随附软件及其许可证：</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="46" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="51" />
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="59" />
        <source>Qt and PySide6 are used under the LGPL version 3 as separate shared libraries; you may replace them with compatible builds of your own in the installation folder.</source>
        <translation>Qt 与 PySide6 依据 LGPL 第 3 版以独立共享库形式使用；您可以在安装目录中用自行构建的兼容版本替换它们。</translation>
    </message>
    <message>
        <location filename="../../ui/about.ui" line="69" />
        <source>Licences of the bundled fonts AR PL UMing and BabelStone Han:</source>
        <translation>随附字体 AR PL UMing（文鼎明体）与 BabelStone Han（生僻字补充字体）的许可证：</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="11" />
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="12" />
        <source>Return to draft</source>
        <translation>退回草拟</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="13" />
        <source>Approve and publish</source>
        <translation>审核通过并公开</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="14" />
        <source>Cancel commitment</source>
        <translation>撤销承诺</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="15" />
        <source>Start fulfilling</source>
        <translation>开始履行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="16" />
        <source>Mark fulfilled</source>
        <translation>标记为已兑现</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="17" />
        <source>Mark not fulfilled</source>
        <translation>标记为未兑现</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="18" />
        <source>Approve a change</source>
        <translation>批准变更</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="19" />
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="20" />
        <source>Start publicity</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="21" />
        <source>Period over, no objection</source>
        <translation>期满无异议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="22" />
        <source>Period over, objection raised</source>
        <translation>期满有异议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="23" />
        <source>Post again</source>
        <translation>重新公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="24" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="25" />
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="26" />
        <source>Mark reviewed</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="27" />
        <source>Put on the notice</source>
        <translation>进行公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="28" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="29" />
        <source>Do not confirm</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="30" />
        <source>Mark paid out</source>
        <translation>标记为已发放</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="31" />
        <source>Stop payment</source>
        <translation>停发</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="32" />
        <source>Back to registered</source>
        <translation>退回登记</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="33" />
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="34" />
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="35" />
        <source>Start investigation</source>
        <translation>开始核查</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="36" />
        <source>Record the reply</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="37" />
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="39" />
        <source>Confirm signed, start performance</source>
        <translation>确认签订，开始履行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="40" />
        <source>Mark disputed</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="41" />
        <source>Confirm settled</source>
        <translation>确认结清</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="42" />
        <source>Terminate</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="43" />
        <source>Record the judgment</source>
        <translation>登记判决</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="44" />
        <source>Record performance</source>
        <translation>登记履行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="45" />
        <source>Enforcement started</source>
        <translation>进入强制执行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="47" />
        <source>Start verifying</source>
        <translation>开始核实</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="48" />
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="49" />
        <source>Rectified before any finding</source>
        <translation>整改完成（未认定）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="50" />
        <source>Found untrue</source>
        <translation>核实不属实</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="51" />
        <source>Repair granted</source>
        <translation>修复完成</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="52" />
        <source>Display period over</source>
        <translation>期满停止公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="53" />
        <source>Removed from the list by the court</source>
        <translation>法院已移出名单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="54" />
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="55" />
        <source>Handle again</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="56" />
        <source>Return as misassigned</source>
        <translation>退回（交办有误）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="60" />
        <source>Enter the finding</source>
        <translation>录入认定结论</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/actions.py" line="61" />
        <source>Shown on the credit platform</source>
        <translation>信用平台公示</translation>
    </message>
</context>
<context>
    <name>AnnualArrears</name>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="42" />
        <source>Yearly announcement of overdue SME payments</source>
        <translation>逾期未支付中小企业款项年度公告</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="43" />
        <source>The number and amount of contracts with small and medium enterprises overdue and unpaid at the end of %1 must be published by 31 March %2 (website and press). Save the announcement as a PDF, and once it is published, mark it so.</source>
        <translation>%1年末逾期尚未支付中小企业款项的合同数量、金额，须于%2年3月31日前通过网站、媒体向社会公开。可先将公告保存为 PDF，公开后请标记为已公开。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="48" />
        <source>Save the announcement as PDF…</source>
        <translation>将公告保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="49" />
        <source>Mark as published</source>
        <translation>标记为已公开</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="36" />
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="57" />
        <source>Save the announcement</source>
        <translation>保存公告</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/annualbox.py" line="61" />
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="90" />
        <source>Link to roster notice…</source>
        <translation>关联到名单公示…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="93" />
        <source>Unlink from roster notice</source>
        <translation>取消关联名单公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="95" />
        <source>Only for records whose notice has not been posted yet</source>
        <translation>仅限所关联的公示尚未开始公示的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="113" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="147" />
        <source>All %1 matching records are selected</source>
        <translation>已选中全部 %1 条符合条件的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="151" />
        <source>%1 selected</source>
        <translation>已选 %1 条</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="157" />
        <source>Select all %1 matching records</source>
        <translation>选择全部 %1 条符合条件的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="162" />
        <source>%1; they have different statuses, so no step applies to all</source>
        <translation>%1；状态不同，无法统一办理</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="186" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="223" />
        <source>Working on %1 records…</source>
        <translation>正在办理 %1 条记录…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="264" />
        <location filename="../../zwcx_desktop/gui/batch.py" line="269" />
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="265" />
        <source>%1 records changed.</source>
        <translation>已办理 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="273" />
        <source>%1 records taken off their roster notice.</source>
        <translation>已取消 %1 条记录与名单公示的关联。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="275" />
        <source>%1 records linked to the roster notice “%2”.</source>
        <translation>已将 %1 条记录关联到名单公示“%2”。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="277" />
        <source>The notice has been posted: the roster it was posted with does not change; the records are on it when it is posted again.</source>
        <translation>该公示已开始公示：已公示的名单不变，这些记录在重新公示时列入名单。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="280" />
        <source>%1 were already so.</source>
        <translation>另有 %1 条原已如此，未作改动。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="286" />
        <source>Nothing was changed: %1</source>
        <translation>未做任何改动：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="299" />
        <source>%1 of these records can no longer be edited (%2). Leave them out of the selection and try again.</source>
        <translation>其中 %1 条记录已不能修改（%2）。请将它们移出所选范围后重试。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="303" />
        <source>%1 of these records are on a roster notice that has been posted, which keeps them.</source>
        <translation>其中 %1 条记录所在的名单公示已开始公示，名单须保留这些记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/batch.py" line="301" />
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>BoardPrintDialog</name>
    <message>
        <location filename="../../ui/board_print.ui" line="6" />
        <source>Print the notice board</source>
        <translation>打印公示栏</translation>
    </message>
    <message>
        <location filename="../../ui/board_print.ui" line="12" />
        <source>Notices now on the board (publicizing or posted again); tick the ones to print.</source>
        <translation>当前公示栏中的公示（公示中、重新公示），请勾选要打印的公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="33" />
        <source>Each notice in full</source>
        <translation>逐项打印公示全文</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="34" />
        <source>One board sheet, A3</source>
        <translation>公示栏总表（A3）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="35" />
        <source>One board sheet, A4</source>
        <translation>公示栏总表（A4）</translation>
    </message>
    <message>
        <location filename="../../ui/board_print.ui" line="34" />
        <source>Print as</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <location filename="../../ui/board_print.ui" line="68" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/board_print.ui" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/board_print.ui" line="85" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="53" />
        <source>%n notice(s) on the board.</source>
        <translation><numerusform>公示栏中共有 %n 项公示。</numerusform></translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="54" />
        <source>Nothing is on the notice board now.</source>
        <translation>公示栏中暂无公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="63" />
        <source>Tick at least one notice.</source>
        <translation>请至少勾选一项公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="72" />
        <source>Preparing the notices…</source>
        <translation>正在生成公示…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="90" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="99" />
        <source>Printed %n notice(s); the print log records each.</source>
        <translation><numerusform>已打印 %n 项公示，每项均已记入打印记录。</numerusform></translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="100" />
        <source>Printing was cancelled or failed; nothing was logged.</source>
        <translation>打印已取消或失败，未记入打印记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/boardprint.py" line="117" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ClockPresetsBox</name>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="44" />
        <source>Supervision clocks (deadlines per channel)</source>
        <translation>监督事项办理时限（按渠道）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="48" />
        <source>Per channel, each deadline has a name, a unit (working days, days or months), the day it counts from and an amount; amounts by request type, for urgent and complex cases and for an approved extension are optional. Saving counts the deadlines of open cases again.</source>
        <translation>按渠道列出各项时限：名称、单位（工作日、自然日或月）、起算日和数量；可另设按诉求类型、紧急、复杂事项和批准延期的数量。保存后将重新计算未办结事项的时限。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="55" />
        <source>Deadlines per channel (JSON)</source>
        <translation>各渠道时限（JSON）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="63" />
        <source>Save clocks</source>
        <translation>保存时限</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="88" />
        <source>Shared: the township's other computers count with these clocks through the municipal server.</source>
        <translation>已共享：本乡镇（街道）的其他电脑通过市级服务器使用这些时限。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="90" />
        <source>Waiting to be sent: the township's other computers count with these clocks once the next sync has sent them to the municipal server.</source>
        <translation>等待发送：下次同步把这些时限发送到市级服务器后，本乡镇（街道）的其他电脑才使用它们。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="92" />
        <source>This computer is not enrolled with a sync server: these clocks count here only.</source>
        <translation>本机尚未注册同步服务器：这些时限只在本机使用。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/clockpresets.py" line="105" />
        <source>Saved. Deadlines of %1 open case(s) were counted again.</source>
        <translation>已保存。已重新计算 %1 件未办结事项的时限。</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="16" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="17" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="18" />
        <source>Address for objections</source>
        <translation>受理异议地址</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="19" />
        <source>Supervising department</source>
        <translation>监督部门</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="20" />
        <source>Supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="25" />
        <source>e.g. 道里区纪委监委</source>
        <translation>例如：道里区纪委监委</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="77" />
        <source>Contact details for notices</source>
        <translation>公示联系方式</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="79" />
        <source>Every notice now gives the office's contact person, phone and address, and the supervision phone (the supervising department and 12345). Notices cannot be printed until these are filled in.</source>
        <translation>公示现须载明本单位联系人、联系电话和地址，以及监督电话（监督部门电话和12345热线）。填写完整前不能打印公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contactform.py" line="95" />
        <source>Later</source>
        <translation>稍后填写</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="27" />
        <source>Payments</source>
        <translation>付款情况</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="51" />
        <source>Clock starts on</source>
        <translation>起算依据</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="51" />
        <source>Start</source>
        <translation>起算日</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="51" />
        <source>Due</source>
        <translation>应付日</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="51" />
        <source>Amount</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="51" />
        <source>Paid</source>
        <translation>已付(元)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="52" />
        <source>Outstanding</source>
        <translation>未付(元)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="52" />
        <source>Paid in full on</source>
        <translation>付清日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="52" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="72" />
        <source>delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="72" />
        <source>acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="73" />
        <source>settlement</source>
        <translation>结算确认</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="73" />
        <source>instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="86" />
        <source>Next payment due: %1</source>
        <translation>下一付款期限：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="87" />
        <source>Paid %1 yuan, outstanding %2 yuan.</source>
        <translation>已付 %1 元，未付 %2 元。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="89" />
        <source>Late interest as of %1: %2 yuan owed, %3 yuan paid, %4 yuan unpaid (%5).</source>
        <translation>截至 %1 的逾期利息：应付 %2 元，已付 %3 元，未付 %4 元（%5）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="94" />
        <source>Nothing has fallen due yet: the clock starts with a delivery, an acceptance, a confirmed settlement or an instalment date.</source>
        <translation>尚无到期款项：付款期限自交付、验收、结算确认或约定的分期日期起算。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="97" />
        <source>The payment term is over 60 days (art. 9): the money falls due after 60.</source>
        <translation>约定付款期限超过60日（条例第九条）：按60日计算到期日。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="98" />
        <source>The agreed late-interest rate is below the 1-year LPR at signing (art. 17): interest runs at the LPR.</source>
        <translation>约定逾期利率低于签订时一年期LPR（条例第十七条）：按LPR计算利息。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="100" />
        <source>Payment on acceptance without an agreed acceptance period (art. 10).</source>
        <translation>约定验收后付款但未约定验收期限（条例第十条）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="107" />
        <source>agreed rate, %1 % a year</source>
        <translation>约定利率，年 %1%</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="109" />
        <source>the 1-year LPR at signing, %1 % a year</source>
        <translation>签订时一年期LPR，年 %1%</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="111" />
        <source>0.05 % a day, no rate agreed</source>
        <translation>未约定利率，按每日0.05%</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/contractpanel.py" line="112" />
        <source>no interest agreed</source>
        <translation>未约定逾期利息</translation>
    </message>
</context>
<context>
    <name>CreditObjectionPart</name>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="97" />
        <source>Another unit must check the information (credit objection)</source>
        <translation>需其他单位核查（信用信息异议，7个工作日）</translation>
    </message>
</context>
<context>
    <name>CreditPart</name>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="23" />
        <source>Print the credit commitment letter (信用承诺书)…</source>
        <translation>打印信用承诺书…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="28" />
        <source>Credit repair</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="45" />
        <source>Credit repair applies once a decision is entered and the record is saved.</source>
        <translation>录入认定决定并保存后，方可办理信用修复。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="47" />
        <source>Credit repair may be applied for now, with the two materials: proof of performance and the signed credit commitment letter.</source>
        <translation>现在可以申请信用修复，须提交两项材料：履行证明材料和签章的信用承诺书。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="50" />
        <source>Credit repair cannot be applied for yet: %1</source>
        <translation>暂不能申请信用修复：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="56" />
        <source>Repair applied for on %1: the deciding body answers by %2, the platform finishes by %3.</source>
        <translation>已于 %1 申请信用修复：认定单位应于 %2 前作出决定，信用平台应于 %3 前办结。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="61" />
        <source>This record is not available to you.</source>
        <translation>您无权查看此记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="66" />
        <source>Save the credit commitment letter</source>
        <translation>保存信用承诺书</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="67" />
        <source>credit commitment letter.pdf</source>
        <translation>信用承诺书.pdf</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="67" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="86" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditform.py" line="87" />
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
</context>
<context>
    <name>CreditStats</name>
    <message>
        <location filename="../../zwcx_desktop/gui/creditstats.py" line="41" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditstats.py" line="44" />
        <source>Rectification completed</source>
        <translation>整改完成率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditstats.py" line="44" />
        <source>Repairs decided</source>
        <translation>修复办结率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditstats.py" line="45" />
        <source>Credit objections answered on time</source>
        <translation>信用异议按期答复率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/creditstats.py" line="46" />
        <source>Dishonesty records by type: %1; by severity: %2.</source>
        <translation>政务失信记录按类型：%1；按失信程度：%2。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="31" />
        <source>Overdue commitments</source>
        <translation>逾期未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="32" />
        <source>Notices whose publicity period ends within 3 days</source>
        <translation>3日内公示期满的公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="33" />
        <source>Objections near or past their reply deadline</source>
        <translation>临近或超过答复期限的异议投诉</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="34" />
        <source>Waiting for review</source>
        <translation>待审核事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="35" />
        <source>Contract payments due within 7 days, today or overdue</source>
        <translation>七日内到期、今日到期及逾期的合同款项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="36" />
        <source>Judgments reaching their performance deadline</source>
        <translation>临近或超过履行期限的判决</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="37" />
        <source>Supervision cases due within 2 working days, due today or overdue</source>
        <translation>2个工作日内到期、今日到期或已逾期的监督事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="39" />
        <source>Callbacks due</source>
        <translation>待回访事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="59" />
        <source>due today</source>
        <extracomment>The groups top to bottom: what is late or due first, what waits on a colleague last. Lines a group's list shows before it scrolls.</extracomment>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="61" />
        <source>overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="63" />
        <source>due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="64" />
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="65" />
        <source>deposit to return</source>
        <translation>应退保证金</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="66" />
        <source>确权 answer</source>
        <translation>确权答复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="67" />
        <source>judgment to perform</source>
        <translation>判决履行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="68" />
        <source>to publish</source>
        <translation>待公开</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="69" />
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="123" />
        <source>Double-click a line to open its record.</source>
        <translation>双击一行打开对应记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/dashboard.py" line="179" />
        <source>Nothing due: %1.</source>
        <translation>暂无：%1。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../zwcx_desktop/gui/editors.py" line="74" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="84" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="87" />
        <source>Objections to our notices</source>
        <translation>对本单位公示的异议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="89" />
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="95" />
        <source>Reply letter…</source>
        <translation>答复函…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="97" />
        <source>Save the reply letter of the selected case as PDF</source>
        <translation>将所选事项的答复函保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="100" />
        <source>Monthly summary…</source>
        <translation>月度办理情况…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="102" />
        <source>Save the month's summary of cases for the township head as PDF</source>
        <translation>将当月监督事项办理情况（报乡镇主要负责人）保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="105" />
        <source>Import 12345 list…</source>
        <translation>导入12345派单…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="107" />
        <source>Bring the work orders of the 12345 platform's dispatch list (.xlsx or .csv) onto the desk, checked row by row first</source>
        <translation>将12345平台派单清单（.xlsx 或 .csv）中的工单导入监督事项，导入前逐行检查</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="111" />
        <source>New case</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="121" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="121" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="121" />
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="121" />
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="122" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="122" />
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="122" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="164" />
        <source>%1 found</source>
        <translation>找到 %1 条</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="165" />
        <source>%1 found, the first %2 shown</source>
        <translation>找到 %1 条，显示前 %2 条</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="170" />
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="200" />
        <source>Choose a supervision case in the list first.</source>
        <translation>请先在列表中选择一件监督事项。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="202" />
        <source>Save the reply letter</source>
        <translation>保存答复函</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="203" />
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="223" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="213" />
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="232" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="219" />
        <source>Monthly summary</source>
        <translation>月度办理情况</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="219" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/deskpage.py" line="222" />
        <source>Save the monthly summary</source>
        <translation>保存月度办理情况</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="117" />
        <source>Restored from a draft saved %1 that was never saved as a record.</source>
        <extracomment>How often a changed form is written to its draft (milliseconds). Fields never written to a draft (see the module docstring).</extracomment>
        <translation>已从 %1 自动保存的草稿恢复，该内容此前未保存为记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="120" />
        <source>The record has changed since then: compare before saving.</source>
        <translation>此后该记录已有改动，保存前请核对。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="130" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="131" />
        <source>This form has changes that are not saved.</source>
        <translation>此表单有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="133" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="134" />
        <source>Don't save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="135" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="166" />
        <source>Unsaved forms</source>
        <translation>未保存的表单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="164" />
        <source>%1 form(s) were being filled in when zwcx last stopped and were never saved. Open them to continue?</source>
        <translation>上次退出时有 %1 个表单正在填写且未保存。要打开继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="169" />
        <source>Open them</source>
        <translation>打开继续填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="170" />
        <source>Discard them</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/drafts.py" line="171" />
        <source>Later</source>
        <translation>稍后填写</translation>
    </message>
</context>
<context>
    <name>DueToday</name>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="55" />
        <source>Due today</source>
        <extracomment>The reminder groups that are due (not "waiting for review": the 工作台 shows that); titled as on the 工作台.</extracomment>
        <translation>今日提醒</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="64" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="78" />
        <source>These need attention. Double-click a line to open its record.</source>
        <translation>以下事项需要处理。双击一行打开对应记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="81" />
        <source>Show at start-up</source>
        <translation>启动时显示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="86" />
        <source>Open the 工作台</source>
        <translation>打开工作台</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/duetoday.py" line="90" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="21" />
        <source>%1, row %2, %3</source>
        <translation>%1第%2行“%3”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="36" />
        <source>You are not allowed to do this: %1</source>
        <translation>您无权执行此操作：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="38" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="40" />
        <source>Some fields are not valid:</source>
        <translation>以下字段填写有误：</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="42" />
        <source>Someone else changed this record: %1</source>
        <translation>该记录已被他人修改：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="45" />
        <source>Fill in “%1” first.</source>
        <translation>请先填写“%1”。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="47" />
        <source>This record cannot go from “%1” to “%2”.</source>
        <translation>此记录不能从“%1”转为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/errors.py" line="66" />
        <source>Unexpected error (%1). Nothing was changed by the step that failed; please tell your administrator.</source>
        <translation>意外错误（%1）。出错的这一步未作任何修改，请告知管理员。</translation>
    </message>
</context>
<context>
    <name>FilesWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/files.py" line="43" />
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/files.py" line="67" />
        <source>Choose files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/files.py" line="68" />
        <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FinanceLinesWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="32" />
        <source>Income or expense</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="32" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="33" />
        <source>Amount (yuan)</source>
        <translation>金额(元)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="33" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="39" />
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="41" />
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/finance.py" line="106" />
        <source>Income %1 yuan, expense %2 yuan, balance %3 yuan</source>
        <translation>收入合计 %1 元，支出合计 %2 元，结余 %3 元</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="31" />
        <source>User manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="79" />
        <source>Create a new record of the kind on this page (Ctrl+N)</source>
        <translation>新建本页面类别的记录（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="81" />
        <source>Save the record form in front (Ctrl+S)</source>
        <translation>保存当前记录表单（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="83" />
        <source>Go to the search box of this list (Ctrl+F)</source>
        <translation>转到本列表的查找框（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="85" />
        <source>Print the notice of the record form in front (Ctrl+P)</source>
        <translation>打印当前记录表单的公示文书（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="87" />
        <source>Print the list on this page as it is filtered and sorted (Ctrl+Shift+P)</source>
        <translation>按当前筛选和排序打印本页面的列表（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="89" />
        <source>Print every notice now on the notice board in one job</source>
        <translation>一次打印公示栏上正在公示的全部公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="91" />
        <source>Version and licences of zwcx and the software it ships with</source>
        <translation>zwcx 及其所含软件的版本和许可证</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="93" />
        <source>Open the user manual at this page (F1)</source>
        <translation>打开操作手册中本页面的一节（F1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="95" />
        <source>Close zwcx</source>
        <translation>退出 zwcx</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="97" />
        <source>Replace all data with a backup (administrators)</source>
        <translation>用备份替换全部数据（仅管理员）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="99" />
        <source>Records opened lately</source>
        <translation>最近打开过的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="101" />
        <source>Create a new record of this kind</source>
        <translation>新建一条此类记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="103" />
        <source>Save the records this list shows, with its filters, as an Excel workbook</source>
        <translation>将列表中当前显示的记录（按当前筛选条件）保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="105" />
        <source>Add many records at once from an Excel workbook, after a preview</source>
        <translation>从 Excel 工作簿批量添加记录，添加前先预览</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="107" />
        <source>Type any part of a title, name or village; the list narrows as you type</source>
        <translation>输入标题、姓名或村名的任意部分，列表随输入即时筛选</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="109" />
        <source>Show only records in this status</source>
        <translation>只显示此状态的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="111" />
        <source>Show only records of this service area</source>
        <translation>只显示此服务领域的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="113" />
        <source>Show only records of this unit</source>
        <translation>只显示此单位的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="115" />
        <source>Save the record (Ctrl+S)</source>
        <translation>保存记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="117" />
        <source>Show the notice as it will print, then print it or save it as PDF</source>
        <translation>预览打印效果，然后打印或另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="119" />
        <source>Print the notice; every print is logged</source>
        <translation>打印公示文书；每次打印都记入打印记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="121" />
        <source>Save the notice as a PDF file; the save is logged like a print</source>
        <translation>将公示文书另存为 PDF 文件；与打印一样记入打印记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="123" />
        <source>Close the form (Esc); unsaved changes are asked about</source>
        <translation>关闭表单（Esc）；有未保存的修改时会先询问</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="131" />
        <source>How many days the notice stays posted</source>
        <translation>公示张贴的天数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="133" />
        <source>Calendar days, or working days (weekends and public holidays skipped)</source>
        <translation>按自然日，或按工作日（不计周末和法定节假日）计算</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="135" />
        <source>Tick when the notice lists persons: their ID numbers print masked</source>
        <translation>公示中列有个人时勾选：身份证号等按脱敏形式打印</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="137" />
        <source>Only the masked form is kept; the full number is never stored</source>
        <translation>只保存脱敏形式，完整号码不会保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="139" />
        <source>Used to find duplicates and printed masked; the full number is not stored</source>
        <translation>用于查重，打印时脱敏；完整号码不会保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="141" />
        <source>The 18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="143" />
        <source>The 6-digit administrative division code</source>
        <translation>6 位行政区划代码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="145" />
        <source>Where the text is published (notice board, website, …)</source>
        <translation>公开的渠道（公示栏、网站等）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="147" />
        <source>The month the payment is for (YYYY-MM)</source>
        <translation>发放所属月份（年-月）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="149" />
        <source>Number of persons in the household</source>
        <translation>家庭人口数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="151" />
        <source>The supplier declared itself a small or medium enterprise</source>
        <translation>供应商声明为中小企业</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="153" />
        <source>Earliest date the record may leave the public list</source>
        <translation>可以移出公示的最早日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="155" />
        <source>Latest date the record leaves the public list</source>
        <translation>移出公示的最晚日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="183" />
        <source>Record the commitment as fulfilled; whether on time or late is decided from the dates</source>
        <translation>登记承诺已兑现；按期还是逾期由系统根据日期判断</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/help.py" line="187" />
        <source>Moves the record to the status “%1”; its history keeps every step</source>
        <translation>将记录转为“%1”状态；每一步都记入历史</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="42" />
        <source>Versions (expand one to see what changed)</source>
        <translation>版本记录（展开可查看改动内容）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="45" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="45" />
        <location filename="../../zwcx_desktop/gui/history.py" line="53" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="45" />
        <location filename="../../zwcx_desktop/gui/history.py" line="53" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="46" />
        <source>Changed fields</source>
        <translation>改动字段</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="50" />
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="53" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="53" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="54" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zwcx_desktop/gui/history.py" line="74" />
        <source>%n item(s)</source>
        <translation><numerusform>%n 项</numerusform></translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="89" />
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="89" />
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="89" />
        <source>status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="90" />
        <source>progress recorded</source>
        <translation>登记进展</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="90" />
        <source>file attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="91" />
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/history.py" line="91" />
        <source>dates recounted on the official calendar</source>
        <translation>按官方节假日安排重算日期</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.ui" line="6" />
        <source>Import roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="61" />
        <source>Import contract ledger</source>
        <translation>导入合同台账</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="31" />
        <source>Excel workbook (.xlsx) or CSV file</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="38" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="19" />
        <source>Roster file</source>
        <translation>名单文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="62" />
        <source>Contract ledger file</source>
        <translation>合同台账文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="64" />
        <source>Import 12345 dispatch list</source>
        <translation>导入12345派单清单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="65" />
        <source>Dispatch list file</source>
        <translation>派单清单文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="120" />
        <location filename="../../ui/import_wizard.ui" line="61" />
        <source>The first sheet with data</source>
        <translation>第一个有数据的工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="47" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="80" />
        <source>From the file</source>
        <translation>按文件内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="69" />
        <source>Service area</source>
        <translation>服务领域</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="98" />
        <source>For rows without a policy column</source>
        <translation>用于没有“政策/项目”列的行</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="88" />
        <source>Policy or project</source>
        <translation>政策/项目</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="105" />
        <source>Payment period</source>
        <translation>所属期</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="122" />
        <source>Link the imported records to the roster notice</source>
        <translation>将导入的记录关联到名单公示</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="137" />
        <source>Optional: none chosen</source>
        <translation>可选，未选择</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="144" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="151" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="164" />
        <source>Check which field each column of the file fills:</source>
        <translation>请核对文件中每一列对应的字段：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="178" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="183" />
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="188" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="226" />
        <source>Import the valid rows and save the others, with the reasons, to:</source>
        <translation>导入无误的行，有误的行连同原因保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="285" />
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="142" />
        <location filename="../../ui/import_wizard.ui" line="292" />
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="302" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="90" />
        <source>Choose a roster</source>
        <translation>选择名单文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="91" />
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>名单文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="133" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="139" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="165" />
        <source>Choose a roster file first.</source>
        <translation>请先选择名单文件。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="181" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="189" />
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="224" />
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="227" />
        <source>Masked ID (to spot people already registered)</source>
        <translation>脱敏身份证号（用于识别已登记人员）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="264" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="266" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="285" />
        <source>Filled from the merged cell %1</source>
        <translation>取自合并单元格 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="289" />
        <source>%1: %2 rows ready to import, %3 with problems. Nothing is imported while a row has a problem, unless you choose to skip those rows.</source>
        <translation>%1：%2 行可以导入，%3 行有问题。只要有一行有问题就不会导入任何记录，除非选择跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="304" />
        <source>%1 cells were filled from merged cells (shown in blue): each holds the value of its merged range's top-left cell. Columns: %2.</source>
        <translation>有 %1 个单元格按合并单元格填入了内容（蓝色显示）：每个单元格都取合并区域左上角单元格的值。涉及的列：%2。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="307" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="309" />
        <source>The text was read as Big5 (traditional Chinese).</source>
        <translation>文字按 Big5（繁体中文）编码读取。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="319" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="331" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="334" />
        <source>Imported %1 contracts as drafts; a reviewer confirms each.</source>
        <translation>已导入 %1 份合同（草拟），须由审核员逐份确认。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="335" />
        <source>Imported %1 work orders onto the desk; their deadlines are counted.</source>
        <translation>已将 %1 张工单导入监督事项，并已计算办理时限。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="336" />
        <source>Imported %1 service records.</source>
        <translation>已导入 %1 条服务落实记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="338" />
        <source>They are linked to the roster notice “%1”.</source>
        <translation>这些记录已关联到名单公示“%1”。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="340" />
        <source>%1 rows were not imported; they are in %2 with the reasons.</source>
        <translation>%1 行未导入，已连同原因保存在 %2。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/importwizard.py" line="352" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何记录：%1</translation>
    </message>
</context>
<context>
    <name>LeadsBox</name>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="56" />
        <source>Open as a new dishonesty lead…</source>
        <translation>作为失信线索新建记录…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="64" />
        <source>Arrears over </source>
        <translation>账款逾期超过 </translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="64" />
        <source>SME arrears overdue more than (days)</source>
        <translation>拖欠中小企业账款逾期超过（天）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="65" />
        <source>Commitments over </source>
        <translation>承诺逾期超过 </translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="66" />
        <source>Commitments overdue more than (days)</source>
        <translation>承诺逾期超过（天）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="72" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="93" />
        <source>Proposed dishonesty leads (%1)</source>
        <translation>建议登记的失信线索（%1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="96" />
        <source>%1 days overdue  %2</source>
        <translation>逾期 %1 天  %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/leadproposals.py" line="100" />
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>ListButtons</name>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="20" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="21" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="27" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="31" />
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="33" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="40" />
        <source>Import contract ledger…</source>
        <translation>导入合同台账…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listbuttons.py" line="41" />
        <source>Import roster…</source>
        <translation>导入名单…</translation>
    </message>
</context>
<context>
    <name>ListPrinting</name>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="20" />
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="37" />
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="55" />
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="80" />
        <source>Print list</source>
        <translation>打印列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="22" />
        <source>Choose a printer and print the list</source>
        <translation>选择打印机并打印列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="24" />
        <source>Save the list as a PDF file</source>
        <translation>将列表保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="43" />
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="44" />
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpreview.py" line="45" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="23" />
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="25" />
        <source>Print the records this list shows now, with its filters, count and totals (A4 landscape)</source>
        <translation>按当前筛选条件打印列表中的记录，含筛选条件、条数和金额合计（A4 横向）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="38" />
        <source>Open a record list first, such as Commitments or Service delivery.</source>
        <translation>请先打开一个记录列表，例如“承诺事项”或“服务落实”。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listprinting.py" line="52" />
        <source>%1 records are too many to print (at most %2). Narrow the filters, or export the list to Excel.</source>
        <translation>共 %1 条记录，超过可打印的上限（%2 条）。请缩小筛选范围，或导出为 Excel。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="6" />
        <source>Log in - zwcx integrity records</source>
        <translation>登录 - 政务诚信</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="15" />
        <source>Government integrity records</source>
        <translation>政务诚信管理</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="24" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="37" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="62" />
        <source>Works offline: your password is checked on this computer.</source>
        <translation>支持离线使用：密码在本机校验。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/login.py" line="32" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/login.py" line="45" />
        <source>Opening the data folder…</source>
        <translation>正在打开数据目录…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zwcx_desktop/gui/mainwindow.py" line="58" />
        <source>Government integrity records - %1</source>
        <translation>政务诚信管理 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37" />
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42" />
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47" />
        <source>Disclosures</source>
        <translation>公开公示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="52" />
        <source>Service delivery</source>
        <translation>服务落实</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57" />
        <source>Objections</source>
        <translation>异议投诉</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62" />
        <source>Contracts</source>
        <translation>合同履约</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="82" />
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67" />
        <source>Lawsuits</source>
        <translation>涉诉案件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72" />
        <source>Dishonesty records</source>
        <translation>失信记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="77" />
        <source>Supervision cases</source>
        <translation>监督事项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="92" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mainwindow.py" line="46" />
        <location filename="../../zwcx_desktop/gui/mainwindow.py" line="51" />
        <source>Opening the records…</source>
        <translation>正在打开记录…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mainwindow.py" line="146" />
        <source>Notices cannot be printed yet: the office contact details are incomplete. An administrator must fill them in under Settings.</source>
        <translation>暂不能打印公示：本单位联系方式不完整，须由管理员在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109" />
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="135" />
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="150" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="155" />
        <source>Print the notice board…</source>
        <translation>打印公示栏…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="160" />
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="168" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173" />
        <source>User manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="181" />
        <source>About zwcx</source>
        <translation>关于政务诚信</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mainwindow.py" line="327" />
        <source>Something went wrong</source>
        <translation>操作未完成</translation>
    </message>
</context>
<context>
    <name>MakeBackup</name>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="142" />
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="144" />
        <source>Write all records and attachments to one backup file (.zip), e.g. on a USB stick</source>
        <translation>把全部记录和附件写入一个备份文件（.zip），例如保存到U盘</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="158" />
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="180" />
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="159" />
        <source>zwcx backups (*.zip)</source>
        <translation>zwcx 备份 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="164" />
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="169" />
        <source>Backup written to %1 (%2 attachments).</source>
        <translation>备份已写入 %1（含 %2 个附件）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="180" />
        <source>The backup was not written: %1</source>
        <translation>备份未写入：%1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="76" />
        <source>Resolve sync conflicts</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="79" />
        <source>These records were changed on this computer and on another one before they could sync. Both versions are kept. For each field, choose the value to keep; fields changed on both sides are shown first in red.</source>
        <translation>以下记录在同步前分别在本机和另一台电脑上被修改，两个版本均已保留。请逐项选择要保留的内容；双方都修改过的字段以红色排在最前。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="107" />
        <source>Take all of this computer's</source>
        <translation>全部采用本机版本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="110" />
        <source>Take all of the other version</source>
        <translation>全部采用另一版本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="113" />
        <source>Save merged version</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="130" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="156" />
        <source>No records are in conflict.</source>
        <translation>没有冲突的记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="180" />
        <source>This computer (%1, version %2)</source>
        <translation>本机（%1，第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="181" />
        <source>Other computer (%1, version %2)</source>
        <translation>另一台电脑（%1，第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="195" />
        <source>%1: %2 — %3 field(s) differ, %4 changed on both sides.</source>
        <translation>%1：%2 —— %3 个字段不同，其中 %4 个双方都修改过。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="198" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="198" />
        <source>Conflict</source>
        <translation>冲突类型</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="223" />
        <source>changed on both sides</source>
        <translation>双方都修改</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="223" />
        <source>changed on one side</source>
        <translation>一方修改</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="224" />
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="224" />
        <source>rows added on both sides: all kept</source>
        <translation>双方新增的行均保留</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="269" />
        <source>Record deleted</source>
        <translation>记录已删除</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="280" />
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="296" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="280" />
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="296" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="300" />
        <source>%1 file(s)</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="302" />
        <source>%1 row(s)</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="339" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/mergedialog.py" line="346" />
        <source>Merged “%1”. The merged version is sent with the next sync.</source>
        <translation>已合并“%1”，合并后的版本将在下次同步时上传。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="114" />
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="115" />
        <source>'%1' is not a date (use YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（格式：年-月-日，如 2026-03-05）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="116" />
        <source>'%1' is not a real date</source>
        <translation>“%1”不是真实存在的日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="117" />
        <source>is %1 characters long; at most %2 allowed</source>
        <translation>共 %1 个字，最多允许 %2 个字</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="118" />
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="119" />
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="120" />
        <source>'%1' is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="121" />
        <source>'%1' is not an amount in yuan</source>
        <translation>“%1”不是有效金额（元）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="122" />
        <source>'%1' has more than two decimal places</source>
        <translation>“%1”超过两位小数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="123" />
        <source>is not a number (infinity or NaN); enter the amount in yuan</source>
        <translation>不是有效数字（无穷大或非数值），请填写以元为单位的金额</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="124" />
        <source>is too large; amounts must be below 1,000,000,000,000 yuan</source>
        <translation>金额过大，须小于 1,000,000,000,000 元</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="125" />
        <source>must not be negative; a refund or correction is recorded as an entry of its own</source>
        <translation>不能为负数；退款或更正应另行登记</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="126" />
        <source>is before %1; check the year</source>
        <translation>早于 %1，请核对年份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="127" />
        <source>is more than %1 years ahead; check the year</source>
        <translation>晚于今天 %1 年以上，请核对年份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="128" />
        <source>is more than %1 days after today; it records something that has happened, check the year</source>
        <translation>晚于今天 %1 天以上；此日期记录的是已发生的事，请核对年份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="130" />
        <source>is not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="131" />
        <source>must be text</source>
        <translation>必须是文字</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="132" />
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="133" />
        <source>'%1' is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="134" />
        <source>'%1' is not one of: %2</source>
        <translation>“%1”不是可选的值（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="135" />
        <source>must be a list of attachment hashes</source>
        <translation>必须是附件列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="136" />
        <source>'%1' is not a sha256 attachment hash</source>
        <translation>“%1”不是有效的附件标识</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="137" />
        <source>is not a field of this record</source>
        <translation>不是此类记录的字段</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="138" />
        <source>is set by the rules and cannot be entered</source>
        <translation>由系统按规则生成，不能填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="140" />
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="141" />
        <source>must be a list of rows</source>
        <translation>必须是明细行列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="142" />
        <source>must be an object</source>
        <translation>必须是一条明细</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="143" />
        <source>unknown record kind '%1' (choose from %2)</source>
        <translation>未知的记录类别“%1”（可选：%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="144" />
        <source>is before the date the commitment was made</source>
        <translation>早于承诺日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="145" />
        <source>is before the information was formed</source>
        <translation>早于信息形成日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="146" />
        <source>a finance disclosure needs at least one income or expense line</source>
        <translation>财务公开至少需要一条收入或支出明细</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="147" />
        <source>is required when a target record is given</source>
        <translation>填写了异议对象时必填</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="178" />
        <source>must be one of %1</source>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="192" />
        <source>contains %1, which the notice fonts cannot print; remove or replace it</source>
        <translation>含有公示字体无法打印的字符 %1，请删除或改用其他字</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="193" />
        <source>contains %1, a control or text-direction character that hides or reorders text; remove it</source>
        <translation>含有控制字符或文字方向字符 %1，会隐藏或颠倒所显示的文字，请删除</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="196" />
        <source>the user name %1</source>
        <translation>用户名%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="197" />
        <source>the display name %1</source>
        <translation>显示名称%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="198" />
        <source>only the roles handling the case may change this field</source>
        <translation>仅承办人可修改此项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="199" />
        <source>repeats a private field (such as the complainant's name or phone); leave it out, this text is printed on notices</source>
        <translation>含有不公开字段的内容（如异议人姓名或电话），请删去：此处文字会印在公示上</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="202" />
        <source>the notice was not printed: the office contact details are incomplete (missing: %1); an administrator fills them in under Settings</source>
        <translation>公示未生成：本单位联系信息不完整，缺少%1。请管理员在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="204" />
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="205" />
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="206" />
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="207" />
        <source>supervising department</source>
        <translation>监督部门</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="208" />
        <source>supervision phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="209" />
        <source>only an administrator can change the office contact details</source>
        <translation>只有管理员可以修改本单位联系方式</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="210" />
        <source>is required for a village committee's finance disclosure</source>
        <translation>村委会的财务公开必须填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="211" />
        <source>is given without an opening balance</source>
        <translation>未填写期初余额，不能有期末余额</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="212" />
        <source>is %1 but the opening balance plus income minus expenditure is %2</source>
        <translation>为 %1，但期初余额加本期收入减本期支出为 %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="213" />
        <source>a village finance notice needs the opening balance (期初余额); enter it in the record</source>
        <translation>村务财务公开须有期初余额，请在记录中填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="215" />
        <source>the closing balance (期末余额) %1 does not add up: the opening balance plus income minus expenditure is %2</source>
        <translation>期末余额 %1 与账目不符：期初余额加本期收入减本期支出为 %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="218" />
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="219" />
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="220" />
        <source>only an administrator can manage users</source>
        <translation>只有管理员可以管理用户</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="221" />
        <source>the last active administrator cannot be deactivated</source>
        <translation>不能停用最后一个启用中的管理员</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="222" />
        <source>the last active administrator cannot be given another role</source>
        <translation>不能更改最后一个启用中的管理员的角色</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="224" />
        <source>'%1' at position %2</source>
        <translation>第 %2 位是“%1”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="225" />
        <source>citizen ID (身份证号) is empty</source>
        <translation>身份证号为空</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="226" />
        <source>citizen ID (身份证号) must be 18 characters, got %1 (old 15-digit numbers must be converted to 18 digits)</source>
        <translation>身份证号应为 18 位，实际为 %1 位（旧的 15 位号码需要换成 18 位）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="228" />
        <source>citizen ID (身份证号) must be 18 characters, got %1</source>
        <translation>身份证号应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="229" />
        <source>citizen ID (身份证号) must have digits in positions 1–17, found %1</source>
        <translation>身份证号第 1–17 位应为数字，但%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="230" />
        <source>citizen ID (身份证号) must end in a digit or X, found '%1' at position 18</source>
        <translation>身份证号第 18 位应为数字或 X，实际是“%1”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="231" />
        <source>the value is not an 18-character citizen ID with a birth date in positions 7–14</source>
        <translation>该值不是第 7–14 位为出生日期的 18 位身份证号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="290" />
        <source>no worksheet</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="292" />
        <source>%1: the text is marked as UTF-8 but is not valid UTF-8; save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：文件标明是 UTF-8 编码，但内容不是有效的 UTF-8；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="294" />
        <source>%1: the text is marked as UTF-16 but is not valid UTF-16; save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：文件标明是 UTF-16 编码，但内容不是有效的 UTF-16；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="296" />
        <source>%1: the text encoding is uncertain: it reads both as GB18030/GBK (simplified Chinese) and as Big5 (traditional Chinese); save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：无法确定文字编码：按 GB18030/GBK（简体中文）和按 Big5（繁体中文）都能读通；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="299" />
        <source>%1: the text seems to be in %2, not in UTF-8, GB18030/GBK or Big5; save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：文字编码看来是 %2，不是 UTF-8、GB18030/GBK 或 Big5；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="301" />
        <source>%1: the text encoding is not recognised for sure: read as %2, too many of its characters are unusual ones; save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：无法确认文字编码：按 %2 读取时生僻字符过多；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="304" />
        <source>%1: the text encoding is not recognised (it is not clearly UTF-8, GB18030/GBK or Big5); save it from Excel or WPS as CSV UTF-8 and import again</source>
        <translation>%1：无法识别文字编码（不能确定是 UTF-8、GB18030/GBK 还是 Big5）；请用 Excel 或 WPS 另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="306" />
        <source>Big5 (traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="307" />
        <source>Shift_JIS (Japanese)</source>
        <translation>Shift_JIS（日文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="308" />
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP（日文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="309" />
        <source>ISO-2022-JP (Japanese)</source>
        <translation>ISO-2022-JP（日文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="310" />
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR（韩文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="311" />
        <source>Johab (Korean)</source>
        <translation>Johab（韩文）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="313" />
        <source>%1: the file is %2 MB, more than the %3 MB a roster import reads; split the roster into several files, or delete pictures and sheets that are not part of it</source>
        <translation>%1：文件有 %2 MB，超过名单导入可读取的 %3 MB；请把名单拆成几个文件，或删除与名单无关的图片和工作表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="315" />
        <source>%1: has more than %2 rows with data; a roster import reads at most %3: split the roster into several files</source>
        <translation>%1：有数据的行超过 %2 行；一次最多导入 %3 行，请把名单拆成几个文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="317" />
        <source>%1: has data in column %2 (row %3); a roster has at most %4 columns: delete what lies beyond the roster's columns</source>
        <translation>%1：第 %3 行的 %2 列有内容；名单最多 %4 列，请删除名单各列之外的内容</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="319" />
        <source>%1: the workbook is made of %2 parts (a roster has a few dozen); it is not opened</source>
        <translation>%1：工作簿由 %2 个部件组成（名单通常只有几十个），不予打开</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="320" />
        <source>%1: a part of the workbook unpacks to %2 times its packed size (%3 MB); workbooks saved by Excel or WPS pack less than %4 times, so this one is not opened (it looks like a zip bomb)</source>
        <translation>%1：工作簿中的一个部件解压后是压缩时的 %2 倍（%3 MB）；Excel 或 WPS 保存的工作簿不到 %4 倍，因此不予打开（疑似“压缩炸弹”）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="323" />
        <source>%1: unpacked, a part of the workbook takes %2 MB, more than the %3 MB a roster import reads; open it in Excel or WPS, delete unused rows, columns and sheets and save it again</source>
        <translation>%1：工作簿中的一个部件解压后有 %2 MB，超过名单导入可读取的 %3 MB；请用 Excel 或 WPS 打开，删除不用的行、列和工作表后重新保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="326" />
        <source>%1: has more than %2 merged cell ranges; select the sheet, unmerge the cells (取消合并单元格) and save it again</source>
        <translation>%1：合并单元格区域超过 %2 个；请全选工作表，取消合并单元格后重新保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="328" />
        <source>%1: its merged cells cover more than %2 cells; select the sheet, unmerge the cells (取消合并单元格) and save it again</source>
        <translation>%1：合并单元格覆盖的单元格超过 %2 个；请全选工作表，取消合并单元格后重新保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="330" />
        <source>%1: holds more than %2 MB of text in one cell (Excel allows 32,767 characters); it is not a roster</source>
        <translation>%1：有一个单元格的文字超过 %2 MB（Excel 每个单元格最多 32767 个字符），这不是名单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="335" />
        <source>%1: no header row found; the first rows should name the columns (%2 …), or map them with --map HEADER=FIELD</source>
        <translation>%1：找不到表头行；前几行中应有一行写明各列的名称（%2……）。请检查是否选对了文件和工作表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="338" />
        <source>%1: the header row %2 has merged cells (%3); unmerge them so that every column has its own header (%4 …), then import again</source>
        <translation>%1：表头行（第 %2 行）有合并单元格（%3）；请取消合并，让每一列都有自己的表头（%4……），然后重新导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="465" />
        <source>%1 has an impossible birth date in positions 7–14 (YYYYMMDD)</source>
        <translation>%1第 7–14 位的出生日期不存在（应为出生年月日）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="466" />
        <source>%1 has a birth date before 1900 or in the future (positions 7–14)</source>
        <translation>%1第 7–14 位的出生日期早于 1900 年或晚于今天</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="467" />
        <source>%1 check character is wrong: position 18 does not match the other digits (a digit is probably mistyped)</source>
        <translation>%1校验位（第 18 位）与前 17 位不符（可能有数字输错了）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="232" />
        <source>unified social credit code (统一社会信用代码) is empty</source>
        <translation>统一社会信用代码为空</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="87" />
        <source>the database %1 is damaged or is not a zwcx database: restore the newest backup (kept in %2) with 'zwcx restore FILE'</source>
        <translation>数据库 %1 已损坏，或不是 zwcx 的数据库：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在 %2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="89" />
        <source>the database is damaged or is not a zwcx database: restore the newest backup (kept in the data folder's backups) with 'zwcx restore FILE'</source>
        <translation>数据库已损坏，或不是 zwcx 的数据库：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在数据目录的 backups 文件夹）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="91" />
        <source>the database %1 is empty (0 bytes), so it holds no office: restore the newest backup (kept in %2) with 'zwcx restore FILE', or delete the empty file to set up a new office</source>
        <translation>数据库 %1 是空文件（0 字节），其中没有任何单位的数据：请用命令“zwcx restore 备份文件”恢复最近的一份备份（备份保存在 %2）；如要设置新单位，请先删除这个空文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="94" />
        <source>%1 is a folder where the database file should be: move it away, or choose another --data-dir</source>
        <translation>%1 是一个文件夹，但这里应当是数据库文件：请把它移走，或另选数据目录（--data-dir）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="96" />
        <source>%1 (the database was not upgraded and is as it was)</source>
        <translation>%1（数据库没有升级，仍保持原样）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="97" />
        <source>the disk is full (%1); free some space and try again</source>
        <translation>磁盘已满（%1）：请清理出一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="98" />
        <source>%1: no permission, or a read-only disk; choose a place this user may write to (for the data folder: --data-dir)</source>
        <translation>%1：没有权限，或磁盘是只读的：请选择当前用户可以写入的位置（数据目录可用 --data-dir 指定）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="100" />
        <source>%1: is a file, or lies inside one, where a folder is needed; choose another --data-dir</source>
        <translation>%1：这里需要文件夹，但它是文件或位于文件之中：请另选数据目录（--data-dir）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="102" />
        <source>%1: is a folder where a file is needed; choose another file name</source>
        <translation>%1：这里需要文件，但它是文件夹：请另选文件名</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="103" />
        <source>the database is in use by another program and stayed locked; try again when it has finished</source>
        <translation>数据库正被另一个程序使用，一直处于锁定状态：请等它完成后重试</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="105" />
        <source>the database %1 could not be read or written (disk I/O error): check the disk, then run 'zwcx check'</source>
        <translation>数据库 %1 无法读写（磁盘读写错误）：请检查磁盘，然后运行“zwcx check”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="107" />
        <source>the database could not be read or written (disk I/O error): check the disk, then run 'zwcx check'</source>
        <translation>数据库无法读写（磁盘读写错误）：请检查磁盘，然后运行“zwcx check”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="109" />
        <source>the database %1 cannot be opened: check that the data folder exists and may be written, or choose another --data-dir</source>
        <translation>无法打开数据库 %1：请确认数据目录存在且可以写入，或另选数据目录（--data-dir）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="111" />
        <source>the database could not be read or written (%1); run 'zwcx check', or restore a backup</source>
        <translation>数据库无法读写（%1）：请运行“zwcx check”检查，或恢复备份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="139" />
        <source>is set by the city credit office and cannot be entered</source>
        <translation>由市信用办填写，本单位不能录入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="149" />
        <source>must be a yearly percentage such as 3.45</source>
        <translation>须为年利率百分数，如 3.45</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="150" />
        <source>is before the contract was signed</source>
        <translation>早于合同签订日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="151" />
        <source>acceptance is before the first delivery</source>
        <translation>验收日期早于首次交付日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="152" />
        <source>an acceptance needs a delivery recorded before it</source>
        <translation>验收前须先登记交付</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="153" />
        <source>is required for this event</source>
        <translation>此事项须填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="154" />
        <source>payments total %1 yuan, more than the %2 yuan owed (record late interest as its own event)</source>
        <translation>付款合计 %1 元，超过应付的 %2 元（逾期利息请作为单独事项登记）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="156" />
        <source>is before the case was filed</source>
        <translation>早于立案日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="157" />
        <source>is before the judgment</source>
        <translation>早于判决日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="159" />
        <source>the publicity period runs until %1</source>
        <translation>公示期至 %1 才届满</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="160" />
        <source>%1 objection(s) were received during the period</source>
        <translation>公示期内收到 %1 件异议</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="161" />
        <source>fulfilled on %1 against due date %2 is %3</source>
        <translation>兑现日期 %1、完成时限 %2，应为“%3”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="162" />
        <source>%1 yuan is still unpaid</source>
        <translation>尚有 %1 元未支付</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="163" />
        <source>the repair decision received must grant the repair</source>
        <translation>须收到准予修复的决定</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="164" />
        <source>the display period runs until %1</source>
        <translation>公示期至 %1 才届满</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="165" />
        <source>a record without a display period does not expire</source>
        <translation>此记录没有公示期限，不会期满</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="167" />
        <source>is required for a person-level record</source>
        <translation>个人类记录须填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="168" />
        <source>belongs to person-level records only</source>
        <translation>仅个人类记录填写此项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="169" />
        <source>needs a basis: the decision document number, the legal basis or a linked record</source>
        <translation>须有认定依据：认定文书号、认定依据或关联记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="170" />
        <source>is in the future; a finding is entered from a decision made</source>
        <translation>晚于今天；失信记录须依据已作出的认定文书录入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="171" />
        <source>is required when a basis record is given</source>
        <translation>已选依据记录时须填写</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="172" />
        <source>is before the decision</source>
        <translation>早于认定日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="173" />
        <source>is before the case was received</source>
        <translation>早于接收日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="174" />
        <source>is before the reply</source>
        <translation>早于答复日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="175" />
        <source>needs the reply date first</source>
        <translation>需先填写答复日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="176" />
        <source>is given only to deputies' suggestions and members' proposals</source>
        <translation>仅人大代表建议和政协委员提案有答复类别</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="177" />
        <source>needs the date of the callback or of the deputy's feedback</source>
        <translation>需先填写回访日期或代表反馈日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="180" />
        <source>only the administrator may record or read a person-level dishonesty record</source>
        <translation>个人类失信记录仅限管理员登记和查看</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="181" />
        <source>repair cannot be applied for before a decision is entered</source>
        <translation>尚未录入认定决定，不能申请信用修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="182" />
        <source>repair cannot be applied for yet: %1</source>
        <translation>尚不符合信用修复条件：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="183" />
        <source>the minimum display period runs until %1; repair can be applied for from %2</source>
        <translation>最短公示期至 %1，自 %2 起可申请修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="184" />
        <source>the obligation is not fully performed: %1 of %2 yuan performed</source>
        <translation>义务尚未履行完毕：应履行 %2 元，已履行 %1 元</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="185" />
        <source>the obligations are not confirmed as performed</source>
        <translation>尚未确认义务已履行完毕</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="186" />
        <source>no credit commitment (信用承诺) has been made</source>
        <translation>尚未作出信用承诺</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="187" />
        <source>a judgment-debtor (失信被执行人) entry ends when the court removes it; credit repair does not apply</source>
        <translation>失信被执行人信息由法院移出名单后终止，不适用信用修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="189" />
        <source>the record is not shown, so there is nothing to repair</source>
        <translation>该记录不予公示，无需修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="190" />
        <source>display stopped after %1, so there is nothing to repair</source>
        <translation>公示已于 %1 期满停止，无需修复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="233" />
        <source>unified social credit code (统一社会信用代码) must be 18 characters, got %1</source>
        <translation>统一社会信用代码应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="234" />
        <source>unified social credit code (统一社会信用代码) has characters outside the GB 32100 alphabet (digits and capital letters except I, O, S, V, Z): %1</source>
        <translation>统一社会信用代码含有不允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="236" />
        <source>unified social credit code (统一社会信用代码) must have a 6-digit division code in positions 3–8, found %1</source>
        <translation>统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码，但%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="238" />
        <source>unified social credit code (统一社会信用代码) check character is wrong: expected '%1', given '%2'</source>
        <translation>统一社会信用代码校验位不对：应为“%1”，实际是“%2”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="240" />
        <source>division code (行政区划代码) must be 6 digits, got %1 characters</source>
        <translation>行政区划代码应为 6 位数字，实际为 %1 位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="241" />
        <source>division code (行政区划代码) must be digits only, found %1</source>
        <translation>行政区划代码只能是数字，但%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="242" />
        <source>division code (行政区划代码) starts with '%1', which is not a province code (11–82)</source>
        <translation>行政区划代码以“%1”开头，不是有效的省级代码（11–82）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="243" />
        <source>mobile number (手机号) must be 11 digits, got %1 characters</source>
        <translation>手机号应为 11 位数字，实际为 %1 位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="244" />
        <source>mobile number (手机号) must be digits only, found %1</source>
        <translation>手机号只能是数字，但%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="245" />
        <source>mobile number (手机号) must start with 13–19, got '%1'</source>
        <translation>手机号应以 13–19 开头，实际是“%1”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="247" />
        <source>the record was deleted: a deleted record has no notice to print</source>
        <translation>该记录已删除，没有可打印的公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="248" />
        <source>the objection was not accepted (不予受理): there is no outcome notice to post; the complainant is answered directly</source>
        <translation>该异议不予受理，没有处理结果公示可张贴；请直接答复异议人。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="250" />
        <source>a %1 in status %2 has no notice to print</source>
        <translation>状态为 %2 的%1没有可打印的公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="251" />
        <source>record %1 is %2: only reviewed notices go on a board sheet (print it on its own for a marked copy)</source>
        <translation>记录 %1 的状态为 %2：只有审核通过的公示才能印在公示栏汇总页上（可单独打印带标记的副本）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="254" />
        <source>citizen ID (身份证号) starts with 9, as a foreign permanent resident ID (外国人永久居留身份证) does: choose that document type (证件类型)</source>
        <translation>身份证号以 9 开头，这是外国人永久居留身份证的号码：请将证件类型选为“外国人永久居留身份证”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="256" />
        <source>citizen ID (身份证号) starts with %1, as a Hong Kong, Macao or Taiwan residence permit (港澳台居民居住证) does: choose that document type (证件类型)</source>
        <translation>身份证号以 %1 开头，这是港澳台居民居住证的号码：请将证件类型选为“港澳台居民居住证”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="258" />
        <source>type the number again when changing the document type</source>
        <translation>更改证件类型时请重新填写证件号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="260" />
        <source>contains a full citizen ID number; print only the masked form (23*************123)</source>
        <translation>含有完整的身份证号码，只能填写脱敏后的形式（如 23*************123）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="261" />
        <source>contains a full mobile number; print only the masked form (138****1234)</source>
        <translation>含有完整的手机号码，只能填写脱敏后的形式（如 138****1234）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="262" />
        <source>contains a full bank card number; print only the masked form (6222***********0128)</source>
        <translation>含有完整的银行卡号，只能填写脱敏后的形式（如 6222***********0128）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="264" />
        <source>is not a phone number: give a mobile number (13812345678), a landline with its area code (0451-86661234, an extension after 转) or a service number such as 12345</source>
        <translation>不是有效的电话号码：请填写手机号（如 13812345678）、带区号的固定电话（如 0451-86661234，分机号写在“转”之后）或 12345 等服务热线</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="267" />
        <source>%1 (sheet '%2')</source>
        <translation>%1（工作表“%2”）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="268" />
        <source>%1: no such file</source>
        <translation>%1：找不到该文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="269" />
        <source>%1: is a folder, not a file</source>
        <translation>%1：这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="270" />
        <source>%1: the file is empty (0 bytes)</source>
        <translation>%1：文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="271" />
        <source>%1: this is %2, not a spreadsheet; choose the .xlsx or .csv roster</source>
        <translation>%1：这是%2，不是表格文件；请选择 .xlsx 或 .csv 格式的名单</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="272" />
        <source>a PNG image</source>
        <translation>一张 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="273" />
        <source>a JPEG image</source>
        <translation>一张 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="274" />
        <source>a GIF image</source>
        <translation>一张 GIF 图片</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="275" />
        <source>a BMP image</source>
        <translation>一张 BMP 图片</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="276" />
        <source>a PDF document</source>
        <translation>一份 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="277" />
        <source>a RAR archive</source>
        <translation>一个 RAR 压缩包</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="278" />
        <source>a 7-Zip archive</source>
        <translation>一个 7-Zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="279" />
        <source>%1: the workbook is password-protected (encrypted); open it in Excel or WPS, remove the password (文件 → 信息 → 保护工作簿) and save it again</source>
        <translation>%1：工作簿设置了密码（已加密）；请用 Excel 或 WPS 打开，取消密码（文件 → 信息 → 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="281" />
        <source>%1: this is an old Excel 97-2003 (.xls) workbook; open it in Excel or WPS and save it as .xlsx (Excel 工作簿) or .csv</source>
        <translation>%1：这是旧版 Excel 97-2003 工作簿（.xls）；请用 Excel 或 WPS 打开，另存为 .xlsx（Excel 工作簿）或 .csv 后再导入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="283" />
        <source>%1: is named like a workbook but is not one (its content is neither .xlsx nor .xls); open it in Excel or WPS and save it as .xlsx</source>
        <translation>%1：文件名像工作簿，但内容既不是 .xlsx 也不是 .xls；请用 Excel 或 WPS 打开，另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="285" />
        <source>%1: is not a readable .xlsx workbook (%2); open it in Excel or WPS and save it as .xlsx again</source>
        <translation>%1：无法读取这个 .xlsx 工作簿（%2）；请用 Excel 或 WPS 打开，重新另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="287" />
        <source>%1: has no sheet named '%2' (sheets: %3)</source>
        <translation>%1：没有名为“%2”的工作表（现有工作表：%3）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="288" />
        <source>%1: the sheet '%2' is empty; there is nothing to import</source>
        <translation>%1：工作表“%2”是空的，没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="289" />
        <source>%1: is a binary file, not a spreadsheet or CSV text</source>
        <translation>%1：这是二进制文件，不是表格或 CSV 文本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="332" />
        <source>%1: is not well-formed CSV (%2)</source>
        <translation>%1：CSV 格式不正确（%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="333" />
        <source>%1: the file has no data; there is nothing to import</source>
        <translation>%1：文件中没有数据，没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="337" />
        <source>%1: has a header row (row %2) but no data rows under it</source>
        <translation>%1：有表头行（第 %2 行），但下面没有数据行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="340" />
        <source>--map: %1 has no column headed '%2' (headers: %3)</source>
        <translation>%1 中没有表头为“%2”的列（现有表头：%3）；请在列对应页重新选择</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="341" />
        <source>--map: %1</source>
        <translation>列对应有误：%1；请在列对应页重新选择</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="342" />
        <source>'%1' is not a roster field (choose from %2, or %3)</source>
        <translation>“%1”不是名单中的字段（可选：%2，或 %3）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="344" />
        <source>'%1' is not %2 (choose from %3, or %4)</source>
        <translation>“%1”不是%2（可选：%3，或 %4）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="345" />
        <source>a contract field</source>
        <translation>合同台账中的字段</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="345" />
        <source>a field of a 12345 work order</source>
        <translation>12345工单中的字段</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="346" />
        <source>%1: no column for %2 in the header row %3 (headers: %4); map the columns with --map HEADER=FIELD</source>
        <translation>%1：标题行（第 %3 行）中没有“%2”列（现有列：%4）；请指定各列对应的字段（命令行：--map 列名=字段）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="348" />
        <source>%1: no column for 姓名 (the beneficiary's name) in the header row %2 (headers: %3); map the column that holds the names to 姓名 (on the command line: --map HEADER=beneficiary_name)</source>
        <translation>%1：表头行（第 %2 行）中没有“姓名”列（现有表头：%3）；请在列对应页把写有姓名的那一列对应到“姓名”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="351" />
        <source>%1: no 服务领域 column and no service area chosen; choose the area for all rows (on the command line: --area 养老)</source>
        <translation>%1：文件中没有“服务领域”列，也没有选择服务领域；请在第一页选择适用于所有行的服务领域</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="353" />
        <source>%1: no 政策/项目 column and no policy given; enter the policy for all rows (on the command line: --policy 高龄津贴)</source>
        <translation>%1：文件中没有“政策/项目”列，也没有填写政策；请在第一页填写适用于所有行的政策或项目</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="355" />
        <source>--area: %1</source>
        <translation>服务领域有误：%1；请在第一页重新选择服务领域</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="356" />
        <source>%1: %2 of %3 rows have problems; nothing was imported (fix them, or import the valid rows with --skip-invalid --errors-out FILE.xlsx)</source>
        <translation>%1：%3 行中有 %2 行有问题，未导入任何记录（请改正这些行，或勾选“导入无误的行，有误的行连同原因保存到”并填写保存位置）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="358" />
        <source>--skip-invalid needs --errors-out FILE.xlsx for the rows that were not imported</source>
        <translation>跳过有误的行时，需要填写保存这些行的文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="360" />
        <source>(no column; %1)</source>
        <translation>%1（文件中无此列，取第一页填写的值）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="361" />
        <source>the citizen ID number (身份证号) is empty</source>
        <translation>身份证号为空</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="362" />
        <source>the ID number is stored as a number, so the spreadsheet has already cut its last digits; format the column as text (文本) and type the number again</source>
        <translation>身份证号被存成了数字，表格已截掉末尾几位；请把这一列设置为文本格式，再重新输入号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="364" />
        <source>the ID number is masked (with *); the full number is needed to import a person</source>
        <translation>身份证号是打码的（含 *）；导入人员需要完整的号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="365" />
        <source>the ID number was saved in scientific notation (e.g. 2.3E+17) and its digits are lost; format the column as text and type it again</source>
        <translation>身份证号被存成了科学计数法（如 2.3E+17），数字已经丢失；请把这一列设置为文本格式，再重新输入</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="367" />
        <source>the same person as row %1 for the same service area and period</source>
        <translation>与第 %1 行是同一个人，服务领域和所属期也相同</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="368" />
        <source>this person is already registered for the same service area and period (record %1)</source>
        <translation>此人在同一服务领域和所属期已有登记（记录 %1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="370" />
        <source>this person is already registered for %1 (record %2)</source>
        <translation>此人已在“%1”登记过（记录 %2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="371" />
        <source>the matching records changed since they were counted (%1 then, %2 now); select them again</source>
        <translation>符合条件的记录在统计之后有变化（当时 %1 条，现在 %2 条），请重新选择</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="374" />
        <source>another zwcx program is writing to the data folder %1: %2 (pid %3, since %4); nothing was written: try again when it has finished</source>
        <translation>另一个 zwcx 正在写入数据文件夹 %1：%2（进程号 %3，自 %4 起）；本次未写入任何内容，请待其完成后再试</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="376" />
        <source>another zwcx program is writing to the data folder %1; nothing was written: try again when it has finished</source>
        <translation>另一个 zwcx 正在写入数据文件夹 %1；本次未写入任何内容，请待其完成后再试</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="379" />
        <source>no backup file at %1</source>
        <translation>找不到备份文件 %1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="380" />
        <source>%1 is not a zwcx backup (not a zip archive)</source>
        <translation>%1 不是 zwcx 备份（不是 zip 压缩包）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="381" />
        <source>%1 is not a zwcx backup (no readable manifest)</source>
        <translation>%1 不是 zwcx 备份（没有可读的备份说明）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="382" />
        <source>%1 is not a zwcx backup (format %2)</source>
        <translation>%1 不是 zwcx 备份（格式为 %2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="383" />
        <source>%1 was made by a newer zwcx (%2); update zwcx first</source>
        <translation>%1 由更新版本的 zwcx（%2）生成，请先升级 zwcx</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="384" />
        <source>%1 is damaged: member %2 fails its checksum</source>
        <translation>%1 已损坏：其中的 %2 校验失败</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="385" />
        <source>%1 holds an unsafe path %2</source>
        <translation>%1 含有不安全的路径 %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="386" />
        <source>%1 is damaged: the database does not match the manifest</source>
        <translation>%1 已损坏：数据库与备份说明不符</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="387" />
        <source>%1 is damaged: database integrity check says %2</source>
        <translation>%1 已损坏：数据库完整性检查结果为 %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="388" />
        <source>%1 is damaged: attachment %2 does not match its hash</source>
        <translation>%1 已损坏：附件 %2 与其校验值不符</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="389" />
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="390" />
        <source>%1 has database schema %2, which this zwcx does not know</source>
        <translation>%1 的数据库结构版本为 %2，当前 zwcx 无法识别</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="391" />
        <source>%1 belongs to another office (%2); this data directory belongs to %3 (%4). Restore it into an empty --data-dir instead</source>
        <translation>%1 属于另一个单位（%2），本数据文件夹属于 %3（%4）。请改为恢复到一个空的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="394" />
        <source>no OS keyring is available on this machine, and zwcx keeps its secrets only there: install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session), or have an administrator choose the file store explicitly (Settings, or 'zwcx secrets use-file-store')</source>
        <translation>本机没有可用的系统密钥环，而本系统的密钥只保存在那里：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话），或由管理员在“设置”中明确选择文件存储</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="398" />
        <source>the only keyring on this machine is a file store (%1) that other programs can read, and no administrator chose it for zwcx's secrets: install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session), or have an administrator choose the file store explicitly (Settings, or 'zwcx secrets use-file-store')</source>
        <translation>本机只有其他程序可以读取的文件密钥存储（%1），且没有管理员选择用它保存本系统的密钥：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话），或由管理员在“设置”中明确选择文件存储</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="403" />
        <source>the keyring is keyring's null backend, which keeps nothing, so zwcx's secrets would be lost: unset PYTHON_KEYRING_BACKEND and install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)</source>
        <translation>当前密钥环是 keyring 的空后端（null），它不保存任何内容，本系统的密钥会丢失：请取消环境变量 PYTHON_KEYRING_BACKEND，并安装、解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="406" />
        <source>the keyring could not be read (%1): install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)</source>
        <translation>无法读取密钥环（%1）：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="408" />
        <source>the keyring could not be written (%1): install and unlock the system keyring (on Linux: gnome-keyring, then log in to the desktop session)</source>
        <translation>无法写入密钥环（%1）：请安装并解锁系统密钥环（Linux 上为 gnome-keyring，并登录桌面会话）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="410" />
        <source>the ID fingerprint key of this office is not in the keyring (another computer or user account, another keyring, or one that was reset), so duplicates cannot be checked: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key</source>
        <translation>密钥环中没有本单位的身份证号指纹密钥（换了电脑或用户账户、换了密钥环，或密钥环被重置），无法进行重复核查：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="414" />
        <source>the ID fingerprint key in the keyring is not the one this office's records were made with, so duplicates cannot be checked: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key</source>
        <translation>密钥环中的身份证号指纹密钥不是本单位记录所用的密钥，无法进行重复核查：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="418" />
        <source>the ID fingerprint key of this office is not in the keyring (another computer or user account, another keyring, or one that was reset) and this office never enrolled with the municipal server, so the %1 service record(s) entered so far can no longer be matched as duplicates: put back the keyring that holds the key, or an administrator may accept a new key (Settings, or 'zwcx secrets new-key')</source>
        <translation>密钥环中没有本单位的身份证号指纹密钥（换了电脑或用户账户、换了密钥环，或密钥环被重置），且本单位从未在市级服务器注册，已录入的 %1 条服务落实记录今后无法再进行重复比对：请恢复保存该密钥的密钥环，或由管理员在“设置”中接受新密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="423" />
        <source>the ID fingerprint key in the keyring is not the one this office's records were made with and this office never enrolled with the municipal server, so the %1 service record(s) entered so far can no longer be matched as duplicates: put back the keyring that holds the key, or an administrator may accept a new key (Settings, or 'zwcx secrets new-key')</source>
        <translation>密钥环中的身份证号指纹密钥不是本单位记录所用的密钥，且本单位从未在市级服务器注册，已录入的 %1 条服务落实记录今后无法再进行重复比对：请恢复保存该密钥的密钥环，或由管理员在“设置”中接受新密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="428" />
        <source>this office is enrolled with the municipal server, whose key is the township's: enrol this computer again with a new code from the municipal administrator (Settings, or 'zwcx enroll'), and the server hands back the township's key</source>
        <translation>本单位已在市级服务器注册，指纹密钥以全乡镇（街道）的为准：请向市级管理员索取新的注册码，在“设置”中重新注册本机，服务器会交回全乡镇（街道）的密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="431" />
        <source>the ID fingerprint key in the keyring is this office's own: there is nothing to replace</source>
        <translation>密钥环中的身份证号指纹密钥就是本单位的密钥，无需更换</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="433" />
        <source>only an administrator can accept a new ID fingerprint key</source>
        <translation>只有管理员可以接受新的身份证号指纹密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="434" />
        <source>only an administrator can choose where the secrets are kept</source>
        <translation>只有管理员可以选择密钥的保存位置</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="436" />
        <source>%1; the database was not changed</source>
        <translation>%1；数据库未作任何改动</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="437" />
        <source>not enough free disk space in %1 to %2 (%3 MB needed, %4 MB available); free some space and try again</source>
        <translation>%1 所在磁盘空间不足，无法%2（需要 %3 MB，可用 %4 MB）；请清理磁盘空间后重试</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="439" />
        <source>unpack this backup and keep a copy of the current data before restoring it</source>
        <translation>解开此备份并在恢复前保留当前数据的副本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="440" />
        <source>keep a copy of the database and upgrade it for this version of zwcx</source>
        <translation>保留数据库副本并为此版本的 zwcx 升级数据库</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="441" />
        <source>upgrading the database from %1 failed (%2); the previous database was restored and is still in use (a copy is kept in %3)</source>
        <translation>数据库从 %1 升级失败（%2）；已恢复为原数据库并继续使用（副本保存在 %3）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="444" />
        <source>%1: could not reach the sync server (%2)</source>
        <translation>%1：无法连接同步服务器（%2）。请检查网络连接和服务器地址；数据都在本机，网络恢复后再同步即可</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="445" />
        <source>%1: the server's TLS certificate was not accepted (%2)</source>
        <translation>%1：服务器的安全证书未通过验证（%2）。请核对服务器地址，或向市级管理员索取证书文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="446" />
        <source>%1: the server refused (HTTP %2): %3</source>
        <translation>%1：服务器拒绝了请求（HTTP %2）：%3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="447" />
        <source>%1: expected JSON from the sync server but got %2 (%3); a captive portal or proxy may be in the way</source>
        <translation>%1：同步服务器的应答不是同步数据（收到 %2：%3）。网络可能要求先登录认证页面，或有代理拦截；请先在浏览器中打开任一网页完成认证，再同步</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="449" />
        <source>%1: the server's JSON is incomplete or damaged (%2)</source>
        <translation>%1：服务器的应答不完整或已损坏（%2），请稍后再同步</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="450" />
        <source>%1: the server's gzip body is damaged (%2)</source>
        <translation>%1：服务器的应答已损坏（%2），请稍后再同步</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="451" />
        <source>enrolment</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="451" />
        <source>meta</source>
        <translation>同步准备</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="452" />
        <source>push</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="452" />
        <source>pull</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="453" />
        <source>missing versions</source>
        <translation>核对缺失数据</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="453" />
        <source>reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="454" />
        <source>verify</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="454" />
        <source>attachment check</source>
        <translation>附件检查</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="455" />
        <source>attachment download</source>
        <translation>附件下载</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="455" />
        <source>attachment upload</source>
        <translation>附件上传</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="456" />
        <source>this enrolment code is unknown, used or expired; ask for a new one</source>
        <translation>注册码无效、已使用或已过期，请向市级管理员索取新的注册码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="457" />
        <source>unknown device token; enrol this device again</source>
        <translation>本机的设备令牌无效，请重新注册本机</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="458" />
        <source>this device has been revoked by the municipal administrator</source>
        <translation>本机已被市级管理员停用</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="459" />
        <source>must start with https:// (plain http only for this machine)</source>
        <translation>必须以 https:// 开头（http 只能用于本机地址）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="461" />
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="462" />
        <source>%1 must be 18 characters, got %2</source>
        <translation>%1应为 18 位，实际为 %2 位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="463" />
        <source>%1 must have digits in positions 1–17, found %2</source>
        <translation>%1第 1–17 位应为数字，发现%2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="464" />
        <source>%1 must end in a digit or X, found '%2' at position 18</source>
        <translation>%1最后一位应为数字或 X，第 18 位是“%2”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="469" />
        <source>%1 must start with 9, got '%2'</source>
        <translation>%1应以 9 开头，实际以“%2”开头</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="470" />
        <source>%1 must start with 810000, 820000 or 830000, got '%2'</source>
        <translation>%1应以 810000、820000 或 830000 开头，实际为“%2”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="471" />
        <source>foreign permanent resident ID (外国人永久居留身份证)</source>
        <translation>外国人永久居留身份证号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="472" />
        <source>citizen ID (身份证号)</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="473" />
        <source>residence permit (港澳台居民居住证)</source>
        <translation>港澳台居民居住证号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="475" />
        <source>the server has forgotten changes it had confirmed (restored from a backup or a power cut): checking what it lacks</source>
        <translation>服务器丢失了已确认的修改（从备份恢复或意外断电）：正在核对服务器缺少的数据</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="477" />
        <source>sent %1 of %2 version(s) the server had lost</source>
        <translation>已重新上传服务器丢失的 %2 个版本中的 %1 个</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="479" />
        <source>not valid JSON: line %1, column %2: %3</source>
        <translation>不是有效的 JSON：第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="480" />
        <source>supervision_clocks must be an object with one list of clocks per channel</source>
        <translation>办理时限须为对象，每个渠道一组时限列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="481" />
        <source>%1: unknown channel; %2</source>
        <translation>%1：未知渠道；%2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="482" />
        <source>%1: expected a list of clocks</source>
        <translation>%1：应为时限列表</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="483" />
        <source>%1: the clock %2 is listed more than once</source>
        <translation>%1：时限 %2 重复列出</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="484" />
        <source>%1: expected an object with name, unit, from and amount</source>
        <translation>%1：应为包含 name、unit、from 和 amount 的对象</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="485" />
        <source>%1: unknown key %2; expected %3</source>
        <translation>%1：未知的键 %2；应为 %3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="486" />
        <source>%1: unknown clock %2; expected one of %3</source>
        <translation>%1：未知时限 %2；应为以下之一：%3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="487" />
        <source>%1: 'unit' must be one of %2, got %3</source>
        <translation>%1：unit 应为 %2 之一，实际为 %3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="488" />
        <source>%1: 'from' must be one of %2, got %3</source>
        <translation>%1：from 应为 %2 之一，实际为 %3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="489" />
        <source>%1: %2 must be a whole number of %3 from 0 to %4, got %5</source>
        <translation>%1：%2 应为 0 至 %4 之间的整数（单位 %3），实际为 %5</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="490" />
        <source>%1: 'by_type' must be an object of request type to amount</source>
        <translation>%1：by_type 应为“诉求类型: 数量”的对象</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="491" />
        <source>%1: a complex case cannot be due sooner (%2) than an ordinary one (%3)</source>
        <translation>%1：复杂事项的时限（%2）不能短于一般事项（%3）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="492" />
        <source>%1: %2 is missing</source>
        <translation>%1：缺少 %2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="493" />
        <source>only an administrator may change the supervision clocks</source>
        <translation>只有管理员可以修改监督事项办理时限</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="495" />
        <source>only a deputy's suggestion, a member's proposal, a 12345 work order or a disclosure request has a reply letter</source>
        <translation>只有人大代表建议、政协委员提案、12345工单和依申请公开事项有答复函</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="497" />
        <source>only the roles handling the case may print the letter to its requester</source>
        <translation>只有承办该事项的角色可以打印给诉求人的答复函</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="498" />
        <source>enter the result before printing the reply</source>
        <translation>请先填写办理结果再打印答复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="499" />
        <source>choose the answer class (A, B or C) before printing the reply letter</source>
        <translation>请先选择答复类别（A、B或C）再打印答复函</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="501" />
        <source>%1 change(s) of record kinds the municipal server does not know yet (contracts, lawsuits …) wait on this computer until the server is upgraded; nothing is lost</source>
        <translation>有 %1 项合同、诉讼等新类别记录的修改市级服务器尚不支持，暂存本机，服务器升级后自动上传，不会丢失</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="503" />
        <source>print records were not accepted by the server: %1</source>
        <translation>服务器未接受打印记录：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="504" />
        <source>audit event hashes were not accepted by the server: %1</source>
        <translation>服务器未接受审计事件摘要：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="505" />
        <source>the server did not anchor audit events from %1 on: this computer's audit log differs there from what it sent before ('zwcx check' names the events)</source>
        <translation>服务器未锚定第 %1 条起的审计事件：本机审计日志与此前发送的不一致（运行 zwcx check 可列出这些事件）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="507" />
        <source>the server refused a version sent again after its restore (%1): %2</source>
        <translation>服务器恢复后拒绝了重新发送的版本（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="509" />
        <source>the municipal server does not take the office's supervision clocks yet (an older server): they count on this computer only and are sent once it does</source>
        <translation>市级服务器尚不支持共享本单位的监督事项办理时限（服务器版本较旧）：时限只在本机生效，服务器升级后自动发送</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="511" />
        <source>the office's supervision clocks were not accepted by the server: %1</source>
        <translation>服务器未接受本单位的监督事项办理时限：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="513" />
        <source>role %1 (%2) may not enter a platform receipt; ask an administrator</source>
        <translation>角色 %1（%2）不能登记平台回执，请联系管理员</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="514" />
        <source>the receipt number should be the platform's number, 1–60 characters without spaces</source>
        <translation>回执编号应为平台出具的编号，1–60 个字符，不含空格</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="516" />
        <source>no batch numbered %1 was written here (zwcx report-batches lists them)</source>
        <translation>本机没有生成过编号为 %1 的批次（zwcx report-batches 可列出全部批次）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="517" />
        <source>the receipt date %1 should fall between the batch's date %2 and today</source>
        <translation>回执日期 %1 应在批次生成日期 %2 与今天之间</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="518" />
        <source>batch %1 already has the receipt %2 of %3; a platform confirms a batch once</source>
        <translation>批次 %1 已登记 %3 的回执 %2；平台对一个批次只确认一次</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="577" />
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="578" />
        <source>column %1 (%2)</source>
        <translation>%1 列（%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="588" />
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="590" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.ui" line="6" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.ui" line="45" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.ui" line="52" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
</context>
<context>
    <name>PrintLogWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="45" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="45" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="45" />
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="46" />
        <source>Verification code</source>
        <translation>核验码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="46" />
        <source>Printed to</source>
        <translation>输出到</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printlog.py" line="58" />
        <source>Reprint this version…</source>
        <translation>再次打印此版本…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="166" />
        <source>Title</source>
        <extracomment>Pages are rasterised for the printer at no more than this resolution: enough for 仿宋 body text and QR codes, and an A3 page stays near 70 MB of image instead of gigabytes at a PDF printer's 1200 dpi.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="167" />
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="168" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="169" />
        <source>How to object</source>
        <translation>异议联系方式</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="170" />
        <source>Publicity period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="171" />
        <source>Introduction</source>
        <translation>导语</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="172" />
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="173" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="177" />
        <source>%1, row %2, %3</source>
        <translation>%1第%2行“%3”</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="191" />
        <source>Not printed: the field “%1” contains %2, which the notice fonts cannot print. Replace it in the record, then print again.</source>
        <translation>未打印：“%1”中含有公示字体无法打印的字符 %2。请在记录中修改后再打印。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="196" />
        <source>an unmasked citizen ID number</source>
        <translation>未遮蔽的身份证号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="198" />
        <source>an unmasked mobile number</source>
        <translation>未遮蔽的手机号码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="200" />
        <source>an unmasked bank card number</source>
        <translation>未遮蔽的银行卡号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="202" />
        <source>a name or number only the case handlers may see (such as the complainant's)</source>
        <translation>仅承办人可见的姓名或号码（如异议人的）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="205" />
        <source>unmasked personal data</source>
        <translation>未遮蔽的个人信息</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="206" />
        <source>Not printed: the field “%1” contains %2. Mask it in the record, then print again.</source>
        <translation>未打印：“%1”中含有%2。请在记录中遮蔽后再打印。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="216" />
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="335" />
        <source>Print notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="345" />
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="387" />
        <source>The publicity period of %1 runs into a year whose holidays are not known yet, so its end date counts Monday to Friday as working days. Check the dates before the notice is posted.</source>
        <translation>%1的公示期涉及尚未获取节假日安排的年份，截止日期暂按周一至周五为工作日推算，请核对后再张贴。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="397" />
        <source>This is a draft, not yet approved by a reviewer: it prints with the watermark “%1” and without a QR code, and may not be posted.</source>
        <translation>这是草稿，尚未经审核：打印件带有“%1”水印，不含二维码，不得张贴。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="401" />
        <source>The record was withdrawn or cancelled: this copy is marked “%1”, has no QR code and may not be posted.</source>
        <translation>该记录已撤回或撤销：本打印件带有“%1”标记，不含二维码，不得张贴。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="405" />
        <source>No municipal server is configured, so the notice has no QR code; residents can check its verification code with the office. Enter the server address in Settings.</source>
        <translation>尚未配置市级服务器，公示不含二维码；群众可向本单位核对核验码。请在“设置”中填写服务器地址。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="421" />
        <source>%1: under the official holiday schedule the publicity period should end on %2; the notice keeps the end date it was posted with.</source>
        <translation>%1：按官方节假日安排，公示期应截止于%2，公示仍保留张贴时的截止日期。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="437" />
        <source>Check the publicity period</source>
        <translation>请核对公示期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="438" />
        <source>Print anyway?</source>
        <translation>仍要打印吗？</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="454" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="455" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="476" />
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/printing.py" line="478" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Private</name>
    <message>
        <location filename="../../zwcx_desktop/gui/private.py" line="11" />
        <source>(visible to the case handlers only)</source>
        <translation>（仅承办人可见）</translation>
    </message>
</context>
<context>
    <name>ProgressLogWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="36" />
        <location filename="../../zwcx_desktop/gui/progress.py" line="54" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="36" />
        <location filename="../../zwcx_desktop/gui/progress.py" line="55" />
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="36" />
        <location filename="../../zwcx_desktop/gui/progress.py" line="56" />
        <source>Percent done</source>
        <translation>完成比例(%)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="37" />
        <location filename="../../zwcx_desktop/gui/progress.py" line="57" />
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="41" />
        <source>Record progress</source>
        <translation>登记履行进展</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/progress.py" line="59" />
        <source>Add progress entry</source>
        <translation>添加进展记录</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="83" />
        <source>&amp;Look in:</source>
        <extracomment>Qt 6.12's file dialog asks for these two sources, which its own zh_CN catalogue (qtbase) still holds only without the shortcut mark ("Look in:"): ours supplies them, so the dialog is Chinese throughout.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/i18n.py" line="83" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="54" />
        <source>Platform receipt for batch %1</source>
        <translation>批次 %1 的平台回执</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="58" />
        <source>The receipt number the city credit platform gave for this batch</source>
        <translation>市信用平台为该批次出具的回执编号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="64" />
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="65" />
        <source>Receipt date</source>
        <translation>回执日期</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../zwcx_desktop/gui/recent.py" line="98" />
        <source>(none yet)</source>
        <extracomment>Characters of a title shown in the menu before it is cut with an ellipsis.</extracomment>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="157" />
        <source>Choose a %1</source>
        <translation>选择%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="161" />
        <source>Search titles and content</source>
        <translation>搜索标题和内容</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="167" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="167" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="167" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="205" />
        <source>%1 found</source>
        <translation>找到 %1 条</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="206" />
        <source>(the first %1 shown: type more to narrow it)</source>
        <translation>（显示前 %1 条，请输入更多文字缩小范围）</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="66" />
        <source>Details</source>
        <extracomment>Link fields and the kind they link to (target_id: the kind chosen in target_kind), chosen with a searchable picker.</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="76" />
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="80" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="84" />
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="88" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="93" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="154" />
        <source>Only the masked number is kept; leave blank to keep it</source>
        <translation>仅保存脱敏后的号码；留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="159" />
        <source>Citizen ID number (to enter or correct)</source>
        <translation>身份证号（录入/更正）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="166" />
        <source>Open the record this objection is about</source>
        <translation>打开异议所针对的记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="171" />
        <source>Reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="240" />
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="246" />
        <source>This record can no longer be edited; use the buttons below to move it along its lifecycle.</source>
        <translation>该记录已不能修改；请使用下方按钮办理后续流程。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="248" />
        <source>This record can no longer be edited, and its lifecycle has ended here.</source>
        <translation>此记录已不能修改，其流程已到此结束。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="268" />
        <source>The holidays of %1 are not known yet, so this date counts Monday to Friday as working days: check it.</source>
        <translation>%1 年的节假日安排尚未获取，此日期暂按周一至周五为工作日计算，请核对。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="276" />
        <source>Under the official holiday schedule the publicity period should end on %1.</source>
        <translation>按官方节假日安排，公示期应截止于%1。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="287" />
        <source>%1 (%2 days left)</source>
        <translation>%1（剩余 %2 天）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="287" />
        <source>%1 (%2 days overdue)</source>
        <translation>%1（已逾期 %2 天）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="316" />
        <source>Progress log</source>
        <translation>履行进展</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="323" />
        <source>Print log</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="333" />
        <source>History and audit</source>
        <translation>历史与审计</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="371" />
        <source>No changes to save.</source>
        <translation>没有需要保存的改动。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="397" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="422" />
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请更正红色标出的字段。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="428" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="437" />
        <source>row %1, %2: </source>
        <translation>第%1行“%2”：</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordform.py" line="451" />
        <source>Step not possible</source>
        <translation>无法办理</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="56" />
        <source>Search names, policies and villages, or a full ID number (Ctrl+F)</source>
        <translation>搜索姓名、政策、村（社区），或输入完整身份证号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="57" />
        <source>Search titles, content and names (Ctrl+F)</source>
        <translation>搜索标题、内容、姓名（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="65" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="71" />
        <source>All service areas</source>
        <translation>全部服务领域</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="80" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="102" />
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="110" />
        <source>Batches for the city platform…</source>
        <translation>上报批次…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="112" />
        <source>Write the confirmed findings for the city credit platform and enter its receipts</source>
        <translation>生成报送市信用平台的已认定失信记录批次，并登记平台回执</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/listpage.py" line="265" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zwcx_desktop/gui/listpage.py" line="270" />
        <source>%n record(s) match</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="61" />
        <source>(a record about a person: administrators only)</source>
        <translation>（涉及个人的记录，仅管理员可见）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="91" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/recordpicker.py" line="95" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>ReportBatchesDialog</name>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="79" />
        <source>Batches for the city credit platform</source>
        <translation>市信用平台上报批次</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="81" />
        <source>Each batch holds the confirmed findings against units, in the columns the city credit platform imports; records about persons never go into a batch. Enter the platform's receipt when it confirms a batch.</source>
        <translation>每个批次包含针对单位的已认定失信记录，列与市信用平台导入模板一致；涉及个人的记录不会进入批次。平台确认接收后，请登记回执。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="88" />
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="88" />
        <source>Written</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="88" />
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="89" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="89" />
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="89" />
        <source>Receipt date</source>
        <translation>回执日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="102" />
        <source>Write new batch…</source>
        <translation>生成新批次…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="104" />
        <source>Write the confirmed findings to an .xlsx (or .csv) file for the platform</source>
        <translation>将已认定的失信记录写入 .xlsx（或 .csv）文件，供报送平台</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="106" />
        <source>Enter receipt…</source>
        <translation>登记回执…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="108" />
        <source>Record the platform's receipt number and date for the selected batch</source>
        <translation>为选中的批次登记平台回执编号和日期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="110" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="128" />
        <source>awaiting</source>
        <translation>待回执</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="147" />
        <source>Write batch</source>
        <translation>生成批次</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="148" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="156" />
        <source>Batch %1 written to %2 with %3 record(s).</source>
        <translation>批次 %1 已写入 %2，共 %3 条记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="175" />
        <source>Receipt recorded.</source>
        <translation>回执已记录。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/reportbatches.py" line="175" />
        <source>This receipt was already recorded.</source>
        <translation>该回执此前已登记。</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="51" />
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="62" />
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="63" />
        <source>zwcx backups (*.zip);;All files (*)</source>
        <translation>zwcx 备份 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="66" />
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="83" />
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="109" />
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="113" />
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="122" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="67" />
        <source>Replace all records on this computer by the backup %1?

Everything entered since that backup was made is replaced; a copy of the current data is kept in the backups folder. The records close while the backup is restored.</source>
        <translation>用备份 %1 替换本机的全部记录吗？

该备份之后录入的所有内容都将被替换；当前数据会先在 backups 文件夹中保留一份副本。恢复期间记录将暂时关闭。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="73" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="84" />
        <source>Close the open records first, then restore the backup.</source>
        <translation>请先关闭已打开的记录，再恢复备份。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="100" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="110" />
        <source>The backup was not restored; the records are as they were.
%1</source>
        <translation>备份未恢复，记录保持原样。
%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="114" />
        <source>The backup was restored: the records now match the backup made %1. The data it replaced is kept in the backups folder (%2).</source>
        <translation>备份已恢复：现有记录与 %1 生成的备份一致。被替换的数据已保留在 backups 文件夹中（%2）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/restorebackup.py" line="121" />
        <source>The records could not be opened again.</source>
        <translation>记录未能重新打开。</translation>
    </message>
</context>
<context>
    <name>RosterLink</name>
    <message>
        <location filename="../../zwcx_desktop/gui/rosterlink.py" line="82" />
        <source>The chosen notice contains no personal data, so it prints no roster; choose a roster notice.</source>
        <translation>所选公示不含个人信息，不打印名单：请选择名单公示。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/rosterlink.py" line="84" />
        <source>The chosen roster notice is “%1” and will not be posted again, so it takes no more records; choose another.</source>
        <translation>所选名单公示的状态为“%1”，不会再公示，不能再关联记录：请另选。</translation>
    </message>
</context>
<context>
    <name>RosterNoticeChooser</name>
    <message>
        <location filename="../../zwcx_desktop/gui/rosterlink.py" line="40" />
        <source>Choose the roster notice</source>
        <translation>选择名单公示</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/rosterlink.py" line="41" />
        <source>Only notices with personal data (a roster) that are still to be posted, or may be posted again, are listed. A notice already posted keeps the roster it was posted with; records linked now are on it when it is posted again.</source>
        <translation>只列出含个人信息（附名单）、尚未公示或还可重新公示的公示。已开始公示的公示保留公示时的名单；现在关联的记录在重新公示时列入名单。</translation>
    </message>
</context>
<context>
    <name>RowsWidget</name>
    <message>
        <location filename="../../zwcx_desktop/gui/rowstable.py" line="41" />
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/rowstable.py" line="43" />
        <source>Remove row</source>
        <translation>删除所选行</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="25" />
        <source>The secrets of this office (device token, ID fingerprint key) are kept in a file store (%1) that other programs of this user can read: an administrator chose it under Settings. Install and unlock the system keyring to keep them safe.</source>
        <translation>本单位的密钥（设备令牌、身份证号指纹密钥）保存在文件存储（%1）中，本用户的其他程序可以读取：这是管理员在“设置”中选择的。请安装并解锁系统密钥环，以确保密钥安全。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="29" />
        <source>The secrets of this office are kept in the system keyring (%1).</source>
        <translation>本单位的密钥保存在系统密钥环（%1）中。</translation>
    </message>
</context>
<context>
    <name>SecretsBox</name>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="40" />
        <source>Secrets</source>
        <translation>密钥存储</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="49" />
        <source>Keep the secrets in a file store when this computer has no system keyring (other programs of this user can read it)</source>
        <translation>本机没有系统密钥环时，将密钥保存在文件存储中（本用户的其他程序可以读取）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="55" />
        <source>Accept a new ID fingerprint key…</source>
        <translation>接受新的身份证号指纹密钥…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="97" />
        <source>Saved: the secrets may be kept in a file store.</source>
        <translation>已保存：密钥可以保存在文件存储中。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="98" />
        <source>Saved: the secrets are kept only in the system keyring.</source>
        <translation>已保存：密钥只保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="104" />
        <source>Accept a new ID fingerprint key</source>
        <translation>接受新的身份证号指纹密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="105" />
        <source>The office's ID fingerprint key is lost. With a new key, the service records entered so far can no longer be matched as duplicates of new ones. If the key can still be found (the keyring of the user account that entered them), cancel and put it back instead.

Accept a new key? This is recorded in the audit log.</source>
        <translation>本单位的身份证号指纹密钥已丢失。使用新密钥后，已录入的服务落实记录将无法再与新记录进行重复比对。如果还能找回原密钥（录入这些记录的用户账户的密钥环），请取消并恢复原密钥。

确定接受新密钥吗？此操作将记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="111" />
        <source>Accept a new key</source>
        <translation>接受新密钥</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/secretsbox.py" line="121" />
        <source>A new key was accepted; %1 service record(s) entered before can no longer be matched as duplicates.</source>
        <translation>已接受新密钥；此前录入的 %1 条服务落实记录今后无法再进行重复比对。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings.ui" line="31" />
        <source>Municipal server</source>
        <translation>市级服务器</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="59" />
        <source>Save address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="83" />
        <source>One-time code from the municipal administrator</source>
        <translation>市级管理员提供的一次性注册码</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="90" />
        <source>Enrol this computer</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="37" />
        <location filename="../../ui/settings.ui" line="49" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="68" />
        <location filename="../../ui/settings.ui" line="80" />
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="122" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="119" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="106" />
        <location filename="../../ui/settings.ui" line="116" />
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="164" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="192" />
        <location filename="../../ui/settings.ui" line="331" />
        <location filename="../../ui/settings.ui" line="341" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="197" />
        <location filename="../../ui/settings.ui" line="348" />
        <location filename="../../ui/settings.ui" line="358" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="202" />
        <location filename="../../ui/settings.ui" line="257" />
        <location filename="../../ui/settings.ui" line="385" />
        <location filename="../../ui/settings.ui" line="395" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="207" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="170" />
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="297" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="322" />
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="365" />
        <location filename="../../ui/settings.ui" line="375" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="404" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="417" />
        <source>Only an administrator can manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="138" />
        <source>Contact details printed on notices</source>
        <translation>公示联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="144" />
        <source>Save contact details</source>
        <translation>保存联系方式</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="105" />
        <source>Saved. Notices printed from now on show these details.</source>
        <translation>已保存。此后打印的公示将使用这些联系方式。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="136" />
        <location filename="../../ui/settings.ui" line="224" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="247" />
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="264" />
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="303" />
        <source>8 characters or more</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="287" />
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="310" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="133" />
        <source>Selected user: %1</source>
        <translation>所选用户：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="134" />
        <source>Select a user in the table to change it.</source>
        <translation>在表格中选择一个用户后可修改。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="136" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="186" />
        <source>User %1 reactivated.</source>
        <translation>已重新启用用户 %1。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="186" />
        <source>User %1 deactivated.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="193" />
        <source>Role of %1 changed.</source>
        <translation>已更改用户 %1 的角色。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="201" />
        <source>Password of %1 reset.</source>
        <translation>已重置用户 %1 的密码。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="207" />
        <source>The address must start with https://</source>
        <translation>地址必须以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="211" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="230" />
        <source>Enter the server address and the one-time code.</source>
        <translation>请填写服务器地址和一次性注册码。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="243" />
        <source>Enrolled: this computer can now sync.</source>
        <translation>注册成功：本机现在可以同步。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="246" />
        <source>%1 service record(s) entered here before enrolling cannot be checked for duplicates against the other computers of the township.</source>
        <translation>本机注册前录入的 %1 条服务落实记录无法与本乡镇其他电脑的记录比对重复。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="250" />
        <source>The previous township's records were backed up to %1 and removed from this computer.</source>
        <translation>原乡镇的记录已备份到 %1，并已从本机删除。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="266" />
        <source>Another township</source>
        <translation>其他乡镇</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="267" />
        <source>This computer holds the records of %1, but the code is for %2.

Move this computer to %2? A backup of all records is written to the backups folder first; then %1's records are removed from this computer and it starts afresh with %2's records.</source>
        <translation>本机保存的是%1的记录，而该注册码属于%2。

要将本机迁移到%2吗？系统会先把全部记录备份到 backups 文件夹，然后从本机删除%1的记录，本机改为从%2的记录重新开始。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="271" />
        <source>Back up and move</source>
        <translation>备份并迁移</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/settingspage.py" line="294" />
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="6" />
        <source>First-run set-up</source>
        <translation>首次使用设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="12" />
        <source>Welcome. Enter your unit, the contact details printed on its notices, and create the administrator account. Everything is stored on this computer; the municipal server is optional.</source>
        <translation>欢迎使用。请填写本单位信息、公示上印制的联系方式，并创建管理员账号。所有数据保存在本机，市级服务器地址可稍后填写。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="24" />
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="37" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="50" />
        <source>Division code (6 digits)</source>
        <translation>行政区划代码（6位）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="63" />
        <source>Unit type</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="76" />
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="93" />
        <source>Password (8 characters or more)</source>
        <translation>密码（至少8位）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="110" />
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.ui" line="127" />
        <source>Municipal server address (optional)</source>
        <translation>市级服务器地址（可选）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="56" />
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="61" />
        <location filename="../../zwcx_desktop/gui/wizard.py" line="78" />
        <source>Try it with sample data first</source>
        <translation>先用示例数据看看</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="64" />
        <source>Opens a sample office with demo records in a separate folder, marked as training on screen and on paper; you can set up the real office from there at any time.</source>
        <translation>打开一个带有示例记录的示例单位，数据保存在单独的文件夹中，屏幕和打印件上都标明“示例/培训”；随时可以从那里开始设置真实单位。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="72" />
        <source>Preparing the sample office…</source>
        <translation>正在准备示例单位…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="79" />
        <source>Sample office</source>
        <translation>示例单位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="95" />
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/wizard.py" line="103" />
        <source>Set-up failed</source>
        <translation>设置失败</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="88" />
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="89" />
        <source>Last year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="91" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="92" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="93" />
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="100" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="104" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="114" />
        <location filename="../../zwcx_desktop/gui/stats.py" line="124" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="114" />
        <source>Commitment-keeping rate</source>
        <translation>践诺率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="114" />
        <source>Fulfilled late</source>
        <translation>逾期兑现率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="115" />
        <source>Timely disclosure rate</source>
        <translation>公开及时率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="115" />
        <source>Notice compliance rate</source>
        <translation>公示合规率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="116" />
        <source>Objections closed on time</source>
        <translation>异议按期办结率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="116" />
        <source>Average days to close</source>
        <translation>平均办结天数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="116" />
        <source>Counts</source>
        <translation>分子/分母</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="124" />
        <source>Paid on time</source>
        <translation>按期支付率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="124" />
        <source>Contracts overdue</source>
        <translation>逾期合同数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="124" />
        <source>Overdue (yuan)</source>
        <translation>逾期金额(元)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="125" />
        <source>Overdue ≤ 30 days</source>
        <translation>逾期30天以内</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="125" />
        <source>Overdue 31–90 days</source>
        <translation>逾期31–90天</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="125" />
        <source>Overdue 91–180 days</source>
        <translation>逾期91–180天</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="126" />
        <source>Overdue &gt; 180 days</source>
        <translation>逾期180天以上</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="126" />
        <source>Average days to pay</source>
        <translation>平均付款天数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="126" />
        <source>Lawsuits pending</source>
        <translation>未结诉讼</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="127" />
        <source>Judgments unperformed</source>
        <translation>未履行判决</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="175" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="211" />
        <source>Export indicators</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="212" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="217" />
        <source>Contracts</source>
        <translation>合同履约</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="222" />
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/stats.py" line="222" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>SupervisionScoresBox</name>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="28" />
        <source>Supervision cases received in the period</source>
        <translation>本期接收的监督事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="34" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="34" />
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="34" />
        <source>Closed on time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="35" />
        <source>Reply rate (threshold 92%)</source>
        <translation>回复率（达标线92%）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="35" />
        <source>Satisfaction (threshold 85%)</source>
        <translation>满意率（达标线85%）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="36" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="36" />
        <source>Handled again</source>
        <translation>重办</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/supervisionstats.py" line="61" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
</context>
<context>
    <name>SyncNotices</name>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="36" />
        <source>The server's data went back to an earlier state; %1 record(s) were uploaded to it again (noticed %2).</source>
        <translation>服务器数据已回退，已重新上传 %1 条记录（%2 发现）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="52" />
        <source>This computer's clock differs from the server's by %1 minutes; please correct the date and time (records are still ordered correctly).</source>
        <translation>本机时钟与服务器相差 %1 分钟，请校正日期和时间（记录顺序不受影响）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="58" />
        <source>The server was restored from a backup: this computer sent again what the server may have lost.</source>
        <translation>服务器已从备份恢复：本机已重新上传服务器可能丢失的数据。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="62" />
        <source>The official holiday schedule arrived: the dates of %1 record(s) not yet posted were counted again. Posted notices keep their dates.</source>
        <translation>已收到官方节假日安排：%1 条尚未公示的记录已重新计算日期，已张贴的公示保留原日期。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync.ui" line="47" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="57" />
        <source>Resolve conflicts…</source>
        <translation>处理冲突…</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="96" />
        <source>Changes refused by the server</source>
        <translation>被服务器拒绝的修改</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="102" />
        <source>The server did not accept these changes, for the reason given. Other changes keep syncing. Double-click a line to open its record.</source>
        <translation>服务器未接受以下修改，原因见右列；其他修改照常同步。双击一行可打开对应记录。</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="125" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="130" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="135" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync.ui" line="140" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="130" />
        <source>Changes waiting to be sent: %1</source>
        <extracomment>The engine's warnings round_notices says from the round's fields instead.</extracomment>
        <translation>待上传的修改：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="131" />
        <source>Records in conflict: %1</source>
        <translation>冲突记录：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="132" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="132" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="133" />
        <source>Municipal server: %1</source>
        <translation>市级服务器：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="133" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="135" />
        <source>Changes refused by the server: %1</source>
        <translation>被服务器拒绝的修改：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="137" />
        <source>Sync is not configured on this computer yet; all work is kept here safely and will be sent once it is.</source>
        <translation>本机尚未配置同步；所有工作已安全保存在本机，配置后将自动上传。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="143" />
        <source>This computer is not enrolled yet: an administrator enters the server address and the one-time code under Settings.</source>
        <translation>本机尚未注册：请管理员在“设置”中填写服务器地址和一次性注册码。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="149" />
        <source>The last sync did not finish: %1</source>
        <translation>上次同步未完成：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="175" />
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="201" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="181" />
        <source>Automatic sync is off (see Settings).</source>
        <translation>自动同步已关闭（见“设置”）。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="183" />
        <source>The server could not be reached %1 time(s) in a row; next try in %2 s.</source>
        <translation>已连续 %1 次无法连接服务器，%2 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="186" />
        <source>Automatic sync every %1 minute(s); next in %2 s.</source>
        <translation>每 %1 分钟自动同步，%2 秒后进行下一次。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="179" />
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="194" />
        <source>This computer is not enrolled with a sync server yet.</source>
        <translation>本机尚未在同步服务器注册。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="209" />
        <source>Sync finished at %5: %1 sent, %2 received, %3 conflicts, %4 refused.</source>
        <translation>%5 同步完成：上传 %1 条，下载 %2 条，冲突 %3 条，被拒绝 %4 条。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncpage.py" line="217" />
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <location filename="../../zwcx_desktop/gui/syncscheduler.py" line="154" />
        <source>The sync server cannot be reached; sync will try again later. (%1)</source>
        <extracomment>The longest wait between attempts while offline: an hour, or the interval itself when that is longer. The first round after start-up comes soon, so a morning's work starts from fresh data.</extracomment>
        <translation>无法连接同步服务器，稍后将自动重试。（%1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncscheduler.py" line="156" />
        <source>The answer did not come from the sync server (a proxy or a login page may be in the way). (%1)</source>
        <translation>收到的应答不是来自同步服务器（可能被代理或网络登录页面拦截）。（%1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncscheduler.py" line="159" />
        <source>The sync server refused the request. (%1)</source>
        <translation>同步服务器拒绝了请求。（%1）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncscheduler.py" line="161" />
        <source>Another sync of this data folder is running (for example 'zwcx sync' in a terminal); this round was skipped.</source>
        <translation>本数据目录正在由另一程序同步（例如终端中的 zwcx sync），本轮已跳过。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/syncscheduler.py" line="164" />
        <source>This computer is not enrolled with a sync server yet.</source>
        <translation>本机尚未在同步服务器注册。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="49" />
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="51" />
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="72" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="59" />
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="72" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="83" />
        <source>Waiting to sync: %1</source>
        <translation>待同步：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="85" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="85" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="86" />
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="92" />
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/statusbar.py" line="94" />
        <source>Check the sync page</source>
        <translation>请查看同步页</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../zwcx_desktop/gui/tray.py" line="32" />
        <source>zwcx: nothing due</source>
        <translation>zwcx：暂无到期事项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../zwcx_desktop/gui/tray.py" line="33" />
        <source>zwcx: %n item(s) due</source>
        <translation><numerusform>zwcx：%n 项到期事项</numerusform></translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/tray.py" line="120" />
        <source>Now due</source>
        <translation>新的到期事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/tray.py" line="141" />
        <source>Show due items in the system tray</source>
        <translation>在系统托盘中显示到期事项</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/tray.py" line="143" />
        <source>A tray icon counts what is due and a notification says when more falls due, while zwcx runs</source>
        <translation>zwcx 运行时，托盘图标显示到期事项的数量，有新的事项到期时弹出通知</translation>
    </message>
</context>
<context>
    <name>trial</name>
    <message>
        <location filename="../../zwcx_desktop/gui/trial.py" line="51" />
        <source>[Sample / training] </source>
        <extracomment>The sample office's user the trial logs in as: the administrator sees every page and may do every step.</extracomment>
        <translation>【示例/培训】</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/trial.py" line="61" />
        <source>Set up the real office…</source>
        <translation>设置真实单位…</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/trial.py" line="69" />
        <source>The sample records stay in their own folder; the real office starts empty.</source>
        <translation>示例记录保留在单独的文件夹中，真实单位从空白开始。</translation>
    </message>
    <message>
        <location filename="../../zwcx_desktop/gui/trial.py" line="72" />
        <source>Sample office: made-up records, prints marked 示例/培训</source>
        <translation>示例单位：记录均为虚构，打印件标有“示例/培训”</translation>
    </message>
</context>
</TS>