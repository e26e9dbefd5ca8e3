<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../asc_desk/domain/center.py" line="+30"/>
        <source>The center needs a name.</source>
        <translation>请填写中心名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center name is longer than {max} characters.</source>
        <translation>中心名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The factory name is longer than {max} characters.</source>
        <translation>工厂名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown language {language}.</source>
        <translation>未知语言 {language}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{zone} is not a known time zone (for example Asia/Shanghai).</source>
        <translation>{zone} 不是有效的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/program.py" line="+30"/>
        <source>Weekday {day} is not between Monday and Sunday.</source>
        <translation>星期 {day} 不在周一到周日之间。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown program kind {kind}: use term or holiday.</source>
        <translation>未知的项目类型 {kind}：请用 term（学期）或 holiday（假期）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program needs a name.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program name is longer than {max} characters.</source>
        <translation>项目名称超过 {max} 个字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekdays {mask} are not Monday to Sunday.</source>
        <translation>星期设置 {mask} 不是周一到周日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/calendar_rules.py" line="+90"/>
        <location filename="../../asc_desk/domain/official_days.py" line="+68"/>
        <source>{value} is not a date.</source>
        <translation>{value} 不是日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{kind}” is not closed, open or hours.</source>
        <translation>“{kind}” 不是“关闭”“开放”或“调整时间”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why the calendar changes on this day.</source>
        <translation>请说明这一天日历变动的原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed day has no opening hours.</source>
        <translation>关闭的日子没有开放时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the changed opening or closing time.</source>
        <translation>请填写调整后的开放或关闭时间。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{kind}” is neither term nor holiday.</source>
        <translation>“{kind}” 既不是学期项目也不是假期项目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday mask {mask} is not a set of weekdays.</source>
        <translation>星期设置 {mask} 不是有效的星期组合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../asc_desk/domain/program.py" line="-5"/>
        <source>The last day {last} is before the first day {first}.</source>
        <translation>结束日期 {last} 早于开始日期 {first}。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The range ends on {last}, before it starts on {first}.</source>
        <translation>日期范围的结束日 {last} 早于开始日 {first}。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no month {month}.</source>
        <translation>没有 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/program.py" line="+8"/>
        <source>The program is open on no weekday.</source>
        <translation>项目没有选择任何开放的星期。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/calendar_rules.py" line="-265"/>
        <location filename="../../asc_desk/domain/program.py" line="+3"/>
        <source>Closing time {closes} is not after opening time {opens}.</source>
        <translation>关闭时间 {closes} 没有晚于开放时间 {opens}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/app.py" line="+167"/>
        <source>The screenshot file must end in .png.</source>
        <translation>截图文件名必须以 .png 结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database has no center yet: run `asc-desk demo` first.</source>
        <translation>此数据库还没有中心：请先运行 `asc-desk demo`。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/cli.py" line="+172"/>
        <source>The database is damaged: {detail}</source>
        <translation>数据库已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/backup.py" line="+33"/>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Backup to {path} failed: {reason}.</source>
        <translation>备份到 {path} 失败：{reason}。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../asc_desk/services/database_service.py" line="+194"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid ASC Desk backup: {reason}</source>
        <translation>不是有效的 ASC Desk 备份：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid ASC Desk backup: {path} is damaged ({detail}).</source>
        <translation>不是有效的 ASC Desk 备份：{path} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid ASC Desk backup: {path} holds no ASC Desk data.</source>
        <translation>不是有效的 ASC Desk 备份：{path} 里没有 ASC Desk 的数据。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore failed, the database was not changed: {reason}.</source>
        <translation>恢复失败，数据库没有改动：{reason}。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/connect_errors.py" line="+18"/>
        <source>Cannot open {where}: {reason}</source>
        <translation>无法打开 {where}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the user name or password for {where}.</source>
        <translation>服务器拒绝了 {where} 的用户名或密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {name} does not exist on the server.</source>
        <translation>服务器上不存在数据库 {name}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the database server for {where}.</source>
        <translation>无法连接到 {where} 的数据库服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to {where}: {reason}</source>
        <translation>无法连接到 {where}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot connect to {where}.</source>
        <translation>无法连接到 {where}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at {where} runs PostgreSQL {version}; ASC Desk needs {minimum} or newer.</source>
        <translation>{where} 的服务器运行的是 PostgreSQL {version}；ASC Desk 需要 {minimum} 或更新版本。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/location.py" line="+40"/>
        <source>No database given.</source>
        <translation>没有指定数据库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database address is not a valid URL.</source>
        <translation>数据库地址不是有效的网址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite database must be a file.</source>
        <translation>SQLite 数据库必须是一个文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsupported database {kind}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>不支持的数据库 {kind}：请使用 SQLite 文件或 PostgreSQL 地址。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/lock.py" line="+26"/>
        <source>ASC Desk is already open on {name} (in another window or another program). Close it there first.</source>
        <translation>ASC Desk 已经打开了 {name}（在另一个窗口或程序中）。请先在那里关闭。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/migrate.py" line="+81"/>
        <source>The upgrade would break {count} links between records; nothing was changed.</source>
        <translation>升级会破坏 {count} 条记录之间的关联；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/revisions.py" line="+23"/>
        <source>This database was made by a newer version of ASC Desk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的 ASC Desk 创建（结构版本 {revision}）。请安装新版本后再打开；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/db/sqlite_file.py" line="+39"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an ASC Desk database (not an SQLite file).</source>
        <translation>{path} 不是 ASC Desk 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/official_days.py" line="+5"/>
        <source>“{kind}” is neither a public holiday nor an adjusted working day.</source>
        <translation>“{kind}” 既不是法定假日也不是调休上班日。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The official holidays for {year} have not been published yet or are not known to ASC Desk; enter or import them (an .ics file or a newer chinesecalendar release).</source>
        <translation>{year} 年的法定节假日尚未公布，或 ASC Desk 还不知道；请手动录入或导入（.ics 文件或更新的 chinesecalendar 版本）。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{date} is entered both as a public holiday and as an adjusted working day.</source>
        <translation>{date} 同时被录入为法定假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/domain/weekdays.py" line="+52"/>
        <source>“{part}” is not a weekday: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>“{part}” 不是星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“{part}” is not a weekday number: 1 is Monday, 7 is Sunday.</source>
        <translation>“{part}” 不是星期编号：1 表示周一，7 表示周日。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The range “{part}” runs backwards: weeks start on Monday; list the days instead, e.g. Sat,Sun,Mon.</source>
        <translation>范围“{part}”是倒着的：一周从周一开始；请逐个列出，例如 周六、周日、周一。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{part}” has one range mark too many: write e.g. Mon-Fri.</source>
        <translation>“{part}” 多了一个范围符号：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range “{part}” has no first day: write e.g. Mon-Fri.</source>
        <translation>范围“{part}”缺少开始日：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The range “{part}” has no last day: write e.g. Mon-Fri.</source>
        <translation>范围“{part}”缺少结束日：请写成例如 周一至周五。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No weekdays given: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>没有填写星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{part}” names no weekday: write e.g. Mon-Fri, 1-5 or 周一至周五.</source>
        <translation>“{part}” 不是任何星期：请写成例如 周一至周五、1-5 或 Mon-Fri。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/center_service.py" line="+49"/>
        <source>This database already has a center.</source>
        <translation>此数据库已经有中心了。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The center no longer exists.</source>
        <translation>该中心已不存在。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/database_service.py" line="-165"/>
        <source>The database is on a network drive. SQLite is not safe there: keep the file on this PC, or let several PCs share a PostgreSQL server.</source>
        <translation>数据库位于网络驱动器上，SQLite 在那里不安全：请把文件放在本机，或让多台电脑共用一个 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is an SQLite file, but not an ASC Desk database.</source>
        <translation>{path} 是 SQLite 文件，但不是 ASC Desk 数据库。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Upgrading the database failed and it was left as it was ({reason}).</source>
        <translation>数据库升级失败，已保持原样（{reason}）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} is damaged ({detail}).</source>
        <translation>{path} 已损坏（{detail}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is read-only; ASC Desk needs to write to it.</source>
        <translation>{path} 是只读的；ASC Desk 需要写入它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <translation>无法写入文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This database is on a PostgreSQL server: backups are the server&apos;s job (pg_dump or the server&apos;s own backup), not ASC Desk&apos;s.</source>
        <translation>此数据库在 PostgreSQL 服务器上：备份由服务器负责（pg_dump 或服务器自带的备份），不由 ASC Desk 负责。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restoring a PostgreSQL server is done with the server&apos;s own tools.</source>
        <translation>PostgreSQL 服务器的恢复请使用服务器自带的工具。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file is the database itself.</source>
        <translation>这个文件就是数据库本身。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/demo_service.py" line="+36"/>
        <source>This database already has data; demo data is only added to a new one.</source>
        <translation>此数据库已有数据；演示数据只会写入新的数据库。</translation>
    </message>
    <message>
        <location filename="../../asc_desk/services/program_service.py" line="+62"/>
        <source>A program named {name} already exists.</source>
        <translation>已经有名为 {name} 的项目。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/coming_page.py" line="+81"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programs and their open days: school terms, summer and winter holiday programs, official Chinese holidays with their adjusted working days, and closures.</source>
        <translation>各项目及其开放日：学期课后班、暑假和寒假班、国家法定节假日及调休上班日，以及临时停开。</translation>
    </message>
</context>
<context>
    <name>CenterForm</name>
    <message>
        <location filename="../../asc_desk/ui/widgets/center_form.py" line="+80"/>
        <source>Center &amp;name</source>
        <translation>中心名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Factory</source>
        <translation>所属工厂(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 星光儿童之家</source>
        <translation>例如：星光儿童之家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 东莞华彩玩具有限公司</source>
        <translation>例如：东莞华彩玩具有限公司</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/coming_page.py" line="-30"/>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The roster: children, their parents at the factory, who may collect them, and their enrollment; import the list HR sends as Excel or CSV.</source>
        <translation>儿童名册：孩子、在厂里工作的家长、可以接孩子的人以及报名信息；可导入人事部发来的 Excel 或 CSV 名单。</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location line="-25"/>
        <source>Coming in a later version</source>
        <translation>将在后续版本中提供</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../asc_desk/ui/crash_dialog.py" line="+17"/>
        <source>Something went wrong. What you had saved is safe; the last action may not have been completed.</source>
        <translation>出错了。已保存的内容是安全的；最后一个操作可能没有完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details for support were written to:
{path}</source>
        <translation>供技术支持查看的详细信息已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/first_run_dialog.py" line="+42"/>
        <source>Welcome to ASC Desk</source>
        <translation>欢迎使用 ASC Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is new. Tell ASC Desk about your center; you can change it later in Settings.</source>
        <translation>这是一个新数据库。请填写中心的信息；以后可以在“设置”里修改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../asc_desk/ui/main_window.py" line="+111"/>
        <source>ASC Desk — {center}</source>
        <translation>ASC Desk — {center}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Center: {name}</source>
        <translation>中心：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema {revision}</source>
        <translation>结构版本 {revision}</translation>
    </message>
</context>
<context>
    <name>OpenFailedDialog</name>
    <message>
        <location filename="../../asc_desk/ui/dialogs/open_failed_dialog.py" line="+12"/>
        <location line="+10"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Restore the newest backup?
{backup}

The damaged file is kept in the backups folder.</source>
        <translation>要恢复最新的备份吗？
{backup}

损坏的文件会保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/coming_page.py" line="+60"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendance sheets and monthly summaries for the coordinator and factory HR, printed as PDF or exported to Excel.</source>
        <translation>给中心负责人和工厂人事部的考勤表和月度汇总，可打印为 PDF 或导出为 Excel。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/settings_page.py" line="+84"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite file on this PC</source>
        <translation>本机上的 SQLite 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server (shared by several PCs)</source>
        <translation>PostgreSQL 服务器（多台电脑共用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups of a server are made on the server.</source>
        <translation>服务器的备份在服务器上进行。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was backed up to:
{path}</source>
        <translation>数据库已备份到：
{path}</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../asc_desk/ui/pages/coming_page.py" line="-30"/>
        <source>Caregivers &amp; Shifts</source>
        <translation>照护员与排班</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caregivers, their shifts and leave, and whether enough of them are on duty for the children expected.</source>
        <translation>照护员、排班和请假，以及在岗人数是否够照看预计到场的孩子。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location line="-30"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in and check-out desk: scan a pickup card or type a name to record arrivals and departures, see who is still here, and print the emergency roll call.</source>
        <translation>签到签退台：扫描接送卡或输入姓名，记录到达和离开，查看谁还在，并打印紧急点名表。</translation>
    </message>
</context>
</TS>
