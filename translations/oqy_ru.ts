<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleCacher</name>
    <message>
        <source>The server sent no page.</source>
        <translation>Сервер не прислал страницу.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>На странице не найден текст статьи.</translation>
    </message>
    <message>
        <source>The server sent no image.</source>
        <translation>Сервер не прислал изображение.</translation>
    </message>
    <message>
        <source>This is not an image Oqy shows (JPEG, PNG, GIF, WebP, AVIF).</source>
        <translation>Это не изображение, которое показывает Oqy (JPEG, PNG, GIF, WebP, AVIF).</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>The outlet&apos;s home region (the text names no region)</source>
        <translation>Регион издания (в тексте регион не назван)</translation>
    </message>
    <message>
        <source>Found in the text: %1</source>
        <translation>Найдено в тексте: %1</translation>
    </message>
    <message>
        <source>This is the feed&apos;s short version; the full article may be longer — open the original.</source>
        <translation>Это краткая версия из ленты; полная статья может быть длиннее — откройте оригинал.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Extraction may be incomplete — open the original to read the whole article.</source>
        <translation>Текст мог быть извлечён не полностью — откройте оригинал, чтобы прочитать статью целиком.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>FeedDiscoverer</name>
    <message>
        <source>No feed found at %1 or at the usual places on its site, and the page lists no news Oqy could read instead.</source>
        <translation>Ни по адресу %1, ни в обычных местах на этом сайте ленты нет, и на странице нет списка новостей, который Oqy мог бы читать вместо неё.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>The feed is larger than %1 MB; Oqy does not read it.</source>
        <translation>Лента больше %1 МБ; Oqy её не читает.</translation>
    </message>
    <message>
        <source>This address gives a web page, not a feed.</source>
        <translation>По этому адресу веб-страница, а не лента.</translation>
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation>Сервер прислал пустой документ.</translation>
    </message>
    <message>
        <source>This is not a feed Oqy can read (%1).</source>
        <translation>Это не лента, которую Oqy может прочитать (%1).</translation>
    </message>
    <message>
        <source>no RSS or Atom elements</source>
        <translation>нет элементов RSS или Atom</translation>
    </message>
    <message>
        <source>This is JSON, but not a JSON Feed.</source>
        <translation>Это JSON, но не JSON Feed.</translation>
    </message>
</context>
<context>
    <name>FeedRefresher</name>
    <message>
        <source>The feed is broken and no article could be read from it: %1</source>
        <translation>Лента повреждена, и из неё не удалось прочитать ни одной статьи: %1</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер отказал в соединении.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (no network, or a mistyped address).</source>
        <translation>Не удалось найти сервер (нет сети или адрес набран с ошибкой).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Не удалось установить защищённое соединение: %1</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Сеть недоступна.</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Ошибка прокси: %1</translation>
    </message>
    <message>
        <source>The download took longer than %1 seconds and was stopped.</source>
        <translation>Загрузка длилась дольше %1 с и была остановлена.</translation>
    </message>
    <message>
        <source>The download is larger than the limit of %1 MB and was stopped.</source>
        <translation>Загрузка превысила предел в %1 МБ и была остановлена.</translation>
    </message>
    <message>
        <source>The server redirected without saying where to (HTTP %1).</source>
        <translation>Сервер перенаправил, не указав куда (HTTP %1).</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Слишком много перенаправлений (больше %1).</translation>
    </message>
    <message>
        <source>The server redirected to an address Oqy does not follow: %1</source>
        <translation>Сервер перенаправил на адрес, по которому Oqy не переходит: %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Сервер ответил: %1 %2.</translation>
    </message>
    <message>
        <source>It asks to try again after %1.</source>
        <translation>Он просит повторить после %1.</translation>
    </message>
    <message>
        <source>The server compressed the download with &quot;%1&quot;, which Oqy did not ask for.</source>
        <translation>Сервер сжал ответ методом «%1», который Oqy не запрашивал.</translation>
    </message>
    <message>
        <source>The compressed download could not be unpacked.</source>
        <translation>Сжатый ответ не удалось распаковать.</translation>
    </message>
    <message>
        <source>The server said the download was compressed, but it was not (or it was damaged).</source>
        <translation>Сервер сообщил, что ответ сжат, но это не так (или данные повреждены).</translation>
    </message>
    <message>
        <source>The compressed download was cut off before its end.</source>
        <translation>Сжатый ответ оборвался, не дойдя до конца.</translation>
    </message>
    <message>
        <source>The server did not answer in time: nothing arrived for %1 seconds.</source>
        <translation>Сервер не ответил вовремя: за %1 с не пришло ничего.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was broken (invalid HTTP), so the download was dropped.</source>
        <translation>Ответ сервера испорчен (неверный HTTP), загрузка прервана.</translation>
    </message>
    <message>
        <source>The server closed the connection before the download was complete.</source>
        <translation>Сервер закрыл соединение, не передав ответ полностью.</translation>
    </message>
    <message>
        <source>The server redirected to an address too long to be real (%1 KB).</source>
        <translation>Сервер перенаправил на неправдоподобно длинный адрес (%1 КБ).</translation>
    </message>
    <message>
        <source>This feed needs a user name and password.</source>
        <translation>Для этой ленты нужны имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>It refuses access: the feed may need a subscription or other credentials.</source>
        <translation>Доступ запрещён: возможно, для ленты нужна подписка или другие учётные данные.</translation>
    </message>
    <message>
        <source>It refused the stored user name and password.</source>
        <translation>Он отверг сохранённые имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>NewsList</name>
    <message>
        <source>This page has no body to read news from.</source>
        <translation>На этой странице нет содержимого, из которого можно взять новости.</translation>
    </message>
    <message>
        <source>No list of news links was found on this page.</source>
        <translation>На этой странице не найден список ссылок на новости.</translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <source>The database was damaged (%1). It was moved to %2 and a new one was made.</source>
        <translation>База данных была повреждена (%1). Она перенесена в %2, создана новая.</translation>
    </message>
    <message>
        <source>There was no backup of subscriptions and bookmarks to restore.</source>
        <translation>Резервной копии подписок и закладок для восстановления не было.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1.</source>
        <translation>Резервную копию не удалось восстановить: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) and %1 bookmark(s) were restored from the backup of %2; articles come back with the next refresh.</source>
        <translation>
            <numerusform>Из резервной копии от %2 восстановлены %n подписка и закладок: %1; статьи вернутся при следующем обновлении.</numerusform>
            <numerusform>Из резервной копии от %2 восстановлены %n подписки и закладок: %1; статьи вернутся при следующем обновлении.</numerusform>
            <numerusform>Из резервной копии от %2 восстановлено %n подписок и закладок: %1; статьи вернутся при следующем обновлении.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>%1 is in none of: %2</source>
        <translation>%1 нет ни в одной из папок: %2</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <source>Stopped before the sync had finished.</source>
        <translation>Остановлено до окончания синхронизации.</translation>
    </message>
    <message>
        <source>Old articles could not be removed: %1</source>
        <translation>Не удалось удалить старые статьи: %1</translation>
    </message>
    <message>
        <source>The refresh of this feed did not finish within %1 seconds and was stopped; it is tried again at the next refresh.</source>
        <translation>Обновление этой ленты не закончилось за %1 с и было остановлено; при следующем обновлении Oqy попробует снова.</translation>
    </message>
    <message>
        <source>The sync did not finish in time and was stopped.</source>
        <translation>Синхронизация не закончилась вовремя и была остановлена.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is stored in the system keychain for this feed (or the keychain is locked).</source>
        <translation>Для этой ленты в системной связке ключей нет пароля (или связка ключей заблокирована).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it (e.g. log in to the desktop session) and try again.</source>
        <translation>Системная связка ключей отказала в доступе (%1). Разблокируйте её (например, войдите в сеанс рабочего стола) и повторите.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Oqy keeps passwords only there: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Системная связка ключей недоступна (%1). Oqy хранит пароли только там: запустите Secret Service, например GNOME Keyring или KWallet, и повторите.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; it may be waiting for an unlock prompt.</source>
        <translation>Системная связка ключей не ответила вовремя; возможно, она ждёт ввода пароля для разблокировки.</translation>
    </message>
</context>
<context>
    <name>StorageWriter</name>
    <message>
        <source>The disk is full; nothing new was saved (%1).</source>
        <translation>Диск заполнен; новое не сохранено (%1).</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <source>%1: not a web address Oqy follows</source>
        <translation>%1: это не веб-адрес, по которому переходит Oqy</translation>
    </message>
    <message>
        <source>This file is not OPML.</source>
        <translation>Этот файл не в формате OPML.</translation>
    </message>
    <message>
        <source>The file lists no subscriptions.</source>
        <translation>В файле нет подписок.</translation>
    </message>
    <message>
        <source>This file is neither OPML nor a list of feed addresses.</source>
        <translation>Этот файл — не OPML и не список адресов лент.</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>A sync account&apos;s feeds are read by its server: the address must not carry a user name and password.</source>
        <translation>Ленты учётной записи синхронизации читает её сервер: в адресе не должно быть имени пользователя и пароля.</translation>
    </message>
    <message>
        <source>Not checked: Oqy is working offline. The address is read at the next refresh.</source>
        <translation>Не проверено: Oqy работает офлайн. Адрес будет прочитан при следующем обновлении.</translation>
    </message>
    <message>
        <source>Not checked now (%1). Oqy tries it at every refresh.</source>
        <translation>Сейчас не проверено (%1). Oqy будет пробовать при каждом обновлении.</translation>
    </message>
    <message>
        <source>The user name and password in the address could not be kept in the system keychain, so nothing was stored: %1</source>
        <translation>Имя пользователя и пароль из адреса не удалось сохранить в системной связке ключей, поэтому ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>There is no sync account %1.</source>
        <translation>Учётной записи синхронизации %1 нет.</translation>
    </message>
    <message>
        <source>its user name and password could not be kept in the system keychain (%1)</source>
        <translation>его имя пользователя и пароль не удалось сохранить в системной связке ключей (%1)</translation>
    </message>
</context>
<context>
    <name>WebAddress</name>
    <message>
        <source>No address was given.</source>
        <translation>Адрес не указан.</translation>
    </message>
    <message>
        <source>The address is %1 KB long; no web address is longer than %2 KB.</source>
        <translation>Адрес длиной %1 КБ; веб-адреса не бывают длиннее %2 КБ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address (%2).</source>
        <translation>«%1» — неправильный веб-адрес (%2).</translation>
    </message>
    <message>
        <source>Oqy reads http and https addresses only, not &quot;%1:&quot;.</source>
        <translation>Oqy читает только адреса http и https, а не «%1:».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no web server.</source>
        <translation>В «%1» не указан веб-сервер.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs one article id</source>
        <translation>для %1 нужен один номер статьи</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Только непрочитанные статьи.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Только статьи в закладках.</translation>
    </message>
    <message>
        <source>Only articles of feed ID.</source>
        <translation>Только статьи ленты ID.</translation>
    </message>
    <message>
        <source>Only articles about these regions (comma-separated slugs).</source>
        <translation>Только статьи об этих регионах (коды через запятую).</translation>
    </message>
    <message>
        <source>At most N articles (default 100).</source>
        <translation>Не больше N статей (по умолчанию 100).</translation>
    </message>
    <message>
        <source>List stored articles, newest first.</source>
        <translation>Показать сохранённые статьи, новые сначала.</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>для --limit нужно положительное число</translation>
    </message>
    <message>
        <source>Show one stored article.</source>
        <translation>Показать одну сохранённую статью.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>статьи %1 нет</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Вместо этого убрать закладку.</translation>
    </message>
    <message>
        <source>Keep a note with the bookmark.</source>
        <translation>Сохранить заметку к закладке.</translation>
    </message>
    <message>
        <source>Bookmark an article: it is kept whatever the retention settings say.</source>
        <translation>Добавить статью в закладки: она сохранится при любых настройках хранения.</translation>
    </message>
    <message>
        <source>Mark unread instead.</source>
        <translation>Вместо этого отметить непрочитанной.</translation>
    </message>
    <message>
        <source>Mark an article read (or unread).</source>
        <translation>Отметить статью прочитанной (или непрочитанной).</translation>
    </message>
    <message>
        <source>list stored articles</source>
        <translation>список сохранённых статей</translation>
    </message>
    <message>
        <source>show one article</source>
        <translation>показать одну статью</translation>
    </message>
    <message>
        <source>bookmark an article (or --remove)</source>
        <translation>добавить статью в закладки (или --remove)</translation>
    </message>
    <message>
        <source>mark an article read (or --unread)</source>
        <translation>отметить статью прочитанной (или --unread)</translation>
    </message>
    <message>
        <source>Use the Oqy data folder DIR instead of the default.</source>
        <translation>Использовать папку данных Oqy DIR вместо обычной.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>The address is an outlet&apos;s news-list page, not a feed.</source>
        <translation>Адрес — страница со списком новостей издания, а не лента.</translation>
    </message>
    <message>
        <source>add needs exactly one URL</source>
        <translation>для add нужен ровно один адрес</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>«%1» — не адрес http(s)</translation>
    </message>
    <message>
        <source>List the subscriptions with their last error.</source>
        <translation>Показать подписки и их последнюю ошибку.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed; its articles go too, bookmarked ones included.</source>
        <translation>Отписаться от ленты; её статьи тоже удаляются, включая закладки.</translation>
    </message>
    <message>
        <source>remove needs one feed id</source>
        <translation>для remove нужен один номер ленты</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>ленты %1 нет</translation>
    </message>
    <message>
        <source>subscribe to a feed (prints its id)</source>
        <translation>подписаться на ленту (выводит её номер)</translation>
    </message>
    <message>
        <source>list subscriptions</source>
        <translation>список подписок</translation>
    </message>
    <message>
        <source>unsubscribe from a feed</source>
        <translation>отписаться от ленты</translation>
    </message>
    <message>
        <source>Usage: oqy-cli COMMAND [options]</source>
        <translation>Использование: oqy-cli КОМАНДА [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &quot;oqy-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Параметры команды: «oqy-cli КОМАНДА --help».</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see oqy-cli --help</source>
        <translation>неизвестная команда «%1»; см. oqy-cli --help</translation>
    </message>
    <message>
        <source>Print JSON (the only output format).</source>
        <translation>Вывести JSON (другого формата нет).</translation>
    </message>
    <message>
        <source>The document&apos;s address: the base for relative links.</source>
        <translation>Адрес документа: основа для относительных ссылок.</translation>
    </message>
    <message>
        <source>An HTTP response header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Заголовок ответа HTTP, «Имя: значение» (можно несколько).</translation>
    </message>
    <message>
        <source>Parse a feed file and print what Oqy reads from it.</source>
        <translation>Разобрать файл ленты и вывести то, что прочитал Oqy.</translation>
    </message>
    <message>
        <source>parse-feed needs one file</source>
        <translation>для parse-feed нужен один файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 больше %2 МБ</translation>
    </message>
    <message>
        <source>a header looks like &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>заголовок пишется как «Имя: значение», а не «%1»</translation>
    </message>
    <message>
        <source>parse a feed file and print it as JSON</source>
        <translation>разобрать файл ленты и вывести JSON</translation>
    </message>
    <message>
        <source>Refresh only feed ID (repeatable).</source>
        <translation>Обновить только ленту ID (можно несколько).</translation>
    </message>
    <message>
        <source>Give up on a feed after SECONDS (default 60).</source>
        <translation>Прекратить загрузку ленты через SECONDS секунд (по умолчанию 60).</translation>
    </message>
    <message>
        <source>Download the subscriptions and store new articles.</source>
        <translation>Загрузить подписки и сохранить новые статьи.</translation>
    </message>
    <message>
        <source>--feed needs a number</source>
        <translation>для --feed нужно число</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>для --timeout нужно положительное число секунд</translation>
    </message>
    <message>
        <source>no such feed among %1</source>
        <translation>среди %1 нет такой ленты</translation>
    </message>
    <message>
        <source>%1 feeds: %2 new articles, %3 unchanged, %4 failed, %5 KB downloaded</source>
        <translation>лент: %1; новых статей: %2; без изменений: %3; с ошибкой: %4; загружено %5 КБ</translation>
    </message>
    <message>
        <source>download subscriptions and store new articles</source>
        <translation>загрузить подписки и сохранить новые статьи</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Автор фото: %1</translation>
    </message>
    <message>
        <source>(extraction may be incomplete — open the original page)</source>
        <translation>(текст мог быть извлечён не полностью — откройте оригинал)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>cannot write standard output</source>
        <translation>не удаётся писать в стандартный вывод</translation>
    </message>
    <message>
        <source>a request is {&quot;html&quot;: PATH, &quot;url&quot;: URL}</source>
        <translation>запрос имеет вид {&quot;html&quot;: ПУТЬ, &quot;url&quot;: АДРЕС}</translation>
    </message>
    <message>
        <source>The page&apos;s address: the base for its links, and the site rule to use.</source>
        <translation>Адрес страницы: основа для её ссылок и выбор правила сайта.</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the page came with.</source>
        <translation>HTTP Content-Type, с которым пришла страница.</translation>
    </message>
    <message>
        <source>Extra site rules (JSON) over the built-in ones.</source>
        <translation>Дополнительные правила сайтов (JSON) поверх встроенных.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Вывести результат одним объектом JSON.</translation>
    </message>
    <message>
        <source>Answer {&quot;html&quot;: PATH, &quot;url&quot;: URL} lines on standard input with one JSON line each.</source>
        <translation>Отвечать на строки {&quot;html&quot;: ПУТЬ, &quot;url&quot;: АДРЕС} со стандартного ввода одной строкой JSON на каждую.</translation>
    </message>
    <message>
        <source>Extract the article from a saved web page.</source>
        <translation>Извлечь статью из сохранённой веб-страницы.</translation>
    </message>
    <message>
        <source>extract needs one file (or --serve)</source>
        <translation>для extract нужен один файл (или --serve)</translation>
    </message>
    <message>
        <source>extract the article (text, photo, quotes) from a saved page</source>
        <translation>извлечь статью (текст, фото, цитаты) из сохранённой страницы</translation>
    </message>
    <message>
        <source>Only read the file and report; subscribe to nothing.</source>
        <translation>Только прочитать файл и сообщить; ни на что не подписываться.</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file (any reader&apos;s export) or a Newsboat urls file.</source>
        <translation>Подписаться на ленты из файла OPML (экспорт любой читалки) или файла urls от Newsboat.</translation>
    </message>
    <message>
        <source>import needs one file</source>
        <translation>для import нужен один файл</translation>
    </message>
    <message>
        <source>%1 is too large for a list of subscriptions</source>
        <translation>%1 слишком велик для списка подписок</translation>
    </message>
    <message>
        <source>%1 subscriptions added, %2 already there, %3 skipped</source>
        <translation>подписок добавлено: %1, уже были: %2, пропущено: %3</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>пропущено: %1</translation>
    </message>
    <message>
        <source>Find the feeds of a site or page (the address itself, the feeds its page announces, or the usual places).</source>
        <translation>Найти ленты сайта или страницы (сам адрес, ленты, объявленные на странице, или обычные места).</translation>
    </message>
    <message>
        <source>discover needs one URL</source>
        <translation>для discover нужен один адрес</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML 2.0 (to FILE, or to standard output).</source>
        <translation>Записать подписки в формате OPML 2.0 (в ФАЙЛ или на стандартный вывод).</translation>
    </message>
    <message>
        <source>Oqy subscriptions</source>
        <translation>Подписки Oqy</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>find the feeds of a site or page</source>
        <translation>найти ленты сайта или страницы</translation>
    </message>
    <message>
        <source>subscribe to an OPML or urls file&apos;s feeds</source>
        <translation>подписаться на ленты из файла OPML или urls</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML</source>
        <translation>записать подписки в OPML</translation>
    </message>
    <message>
        <source>The base for relative links.</source>
        <translation>Основа для относительных ссылок.</translation>
    </message>
    <message>
        <source>Print an HTML fragment (UTF-8) as the reader pane would get it.</source>
        <translation>Вывести фрагмент HTML (UTF-8) таким, каким его получит панель чтения.</translation>
    </message>
    <message>
        <source>sanitize needs one file</source>
        <translation>для sanitize нужен один файл</translation>
    </message>
    <message>
        <source>Sanitise every .html file of IN into OUT (same names).</source>
        <translation>Очистить каждый файл .html из IN в OUT (с теми же именами).</translation>
    </message>
    <message>
        <source>sanitize-dir needs an input and an output folder</source>
        <translation>для sanitize-dir нужны входная и выходная папки</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>cannot process %1</source>
        <translation>не удаётся обработать %1</translation>
    </message>
    <message>
        <source>sanitise an HTML fragment as the reader pane does</source>
        <translation>очистить фрагмент HTML, как это делает панель чтения</translation>
    </message>
    <message>
        <source>sanitise a folder of HTML fragments</source>
        <translation>очистить папку фрагментов HTML</translation>
    </message>
    <message>
        <source>ignoring the site rules in %1</source>
        <translation>правила сайтов из %1 пропущены</translation>
    </message>
    <message>
        <source>Only the feeds: do not fetch article pages and photos for offline reading.</source>
        <translation>Только ленты: не загружать страницы статей и фото для чтения без сети.</translation>
    </message>
    <message>
        <source>offline: %1 article pages and %2 photos saved, %3 failed, %4 KB downloaded</source>
        <translation>без сети: сохранено страниц статей — %1, фото — %2, не удалось — %3, загружено %4 КБ</translation>
    </message>
    <message>
        <source>last success: %1, next try: %2</source>
        <translation>последний успех: %1, следующая попытка: %2</translation>
    </message>
    <message>
        <source>Set how often a feed is refreshed automatically (0: the default).</source>
        <translation>Задать, как часто лента обновляется автоматически (0 — по умолчанию).</translation>
    </message>
    <message>
        <source>interval needs a feed id and a number of minutes</source>
        <translation>для interval нужны номер ленты и число минут</translation>
    </message>
    <message>
        <source>set a feed&apos;s refresh interval</source>
        <translation>задать интервал обновления ленты</translation>
    </message>
    <message>
        <source>Only the feeds whose time has come (their interval, or back-off after failures): for cron and timers.</source>
        <translation>Только ленты, которым пора обновиться (по их интервалу или паузе после ошибок): для cron и таймеров.</translation>
    </message>
    <message>
        <source>%1 (%2): not asked: its server asked Oqy to wait until %3</source>
        <translation>%1 (%2): не запрашивалась: сервер попросил Oqy подождать до %3</translation>
    </message>
    <message>
        <source>, %1 waiting as their servers asked</source>
        <translation>, %1 ждут по просьбе своих серверов</translation>
    </message>
    <message>
        <source>Also print how late the event loop ran meanwhile (for benchmarks).</source>
        <translation>Также показать, насколько запаздывал цикл событий (для замеров производительности).</translation>
    </message>
    <message>
        <source>Remove the oldest articles until texts and photos fit in MB megabytes.</source>
        <translation>Удалять самые старые статьи, пока тексты и фото не уместятся в MB мегабайт.</translation>
    </message>
    <message>
        <source>Remove old articles and their photos; bookmarked ones always stay.</source>
        <translation>Удалить старые статьи и их фото; статьи в закладках остаются всегда.</translation>
    </message>
    <message>
        <source>--days needs a number of days</source>
        <translation>для --days нужно число дней</translation>
    </message>
    <message>
        <source>--max-mb needs a number of megabytes</source>
        <translation>для --max-mb нужно число мегабайт</translation>
    </message>
    <message>
        <source>say what to keep: --days, --max-mb or both</source>
        <translation>укажите, что хранить: --days, --max-mb или оба</translation>
    </message>
    <message>
        <source>removed %1 articles and %2 photos, %3 MB freed</source>
        <translation>удалено статей: %1, фото: %2; освобождено %3 МБ</translation>
    </message>
    <message>
        <source>remove old articles (retention)</source>
        <translation>удалить старые статьи (срок хранения)</translation>
    </message>
    <message>
        <source>Tag a UTF-8 text (one article; its first line is the title) with the regions of Kazakhstan it is about.</source>
        <translation>Определить регионы Казахстана, о которых текст в UTF-8 (одна статья; первая строка — заголовок).</translation>
    </message>
    <message>
        <source>regions needs one file</source>
        <translation>для regions нужен один файл</translation>
    </message>
    <message>
        <source>Only outlets of these regions (comma-separated slugs; &apos;national&apos; for the country-wide ones).</source>
        <translation>Только издания этих регионов (коды через запятую; national — общенациональные).</translation>
    </message>
    <message>
        <source>List the outlet directory that ships with Oqy.</source>
        <translation>Показать справочник изданий, поставляемый с Oqy.</translation>
    </message>
    <message>
        <source>Every outlet of these regions (comma-separated slugs).</source>
        <translation>Все издания этих регионов (коды через запятую).</translation>
    </message>
    <message>
        <source>Subscribe to outlets from the directory (see oqy-cli outlets).</source>
        <translation>Подписаться на издания из справочника (см. oqy-cli outlets).</translation>
    </message>
    <message>
        <source>there is no outlet &quot;%1&quot; in the directory</source>
        <translation>в справочнике нет издания «%1»</translation>
    </message>
    <message>
        <source>name outlets or --region</source>
        <translation>укажите издания или --region</translation>
    </message>
    <message>
        <source>tag a text with the regions it is about</source>
        <translation>определить регионы, о которых текст</translation>
    </message>
    <message>
        <source>list the outlet directory</source>
        <translation>показать справочник изданий</translation>
    </message>
    <message>
        <source>subscribe to outlets from the directory</source>
        <translation>подписаться на издания из справочника</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>Не больше N статей (по умолчанию 50).</translation>
    </message>
    <message>
        <source>Search the stored articles, best first: words in any form (Russian or Kazakh, Cyrillic or Latin), &quot;phrases&quot;, prefix*, -exclusion.</source>
        <translation>Искать в сохранённых статьях, лучшие сначала: слова в любой форме (по-русски или по-казахски, кириллицей или латиницей), &quot;фразы&quot;, префикс*, -исключение.</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>для search нужен запрос</translation>
    </message>
    <message>
        <source>the query has nothing to look for</source>
        <translation>в запросе нечего искать</translation>
    </message>
    <message>
        <source>search the stored articles</source>
        <translation>искать в сохранённых статьях</translation>
    </message>
    <message>
        <source>Write a browser bookmarks file (HTML) instead of Oqy&apos;s JSON archive.</source>
        <translation>Записать файл закладок для браузера (HTML) вместо JSON-архива Oqy.</translation>
    </message>
    <message>
        <source>Write the bookmarks, with their full text and notes, to a file.</source>
        <translation>Записать закладки с полным текстом и заметками в файл.</translation>
    </message>
    <message>
        <source>export-bookmarks needs one file</source>
        <translation>для export-bookmarks нужен один файл</translation>
    </message>
    <message>
        <source>Restore bookmarks from an archive written by export-bookmarks.</source>
        <translation>Восстановить закладки из архива, записанного export-bookmarks.</translation>
    </message>
    <message>
        <source>import-bookmarks needs one file</source>
        <translation>для import-bookmarks нужен один файл</translation>
    </message>
    <message>
        <source>%1 is too large for a bookmark archive</source>
        <translation>%1 слишком велик для архива закладок</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 bookmarks restored (%2 articles added)</source>
        <translation>восстановлено закладок: %1 (добавлено статей: %2)</translation>
    </message>
    <message>
        <source>write the bookmarks to a file</source>
        <translation>записать закладки в файл</translation>
    </message>
    <message>
        <source>restore bookmarks from an archive</source>
        <translation>восстановить закладки из архива</translation>
    </message>
    <message>
        <source>the backup of bookmarks and subscriptions was not updated: %1</source>
        <translation>резервная копия закладок и подписок не обновлена: %1</translation>
    </message>
    <message>
        <source>Rewrite the database to its smallest size; later removals then give space back by themselves. Needs as much free disk as the database takes.</source>
        <translation>Переписать базу данных до наименьшего размера; после этого удаление статей само освобождает место. Нужно столько свободного места на диске, сколько занимает база.</translation>
    </message>
    <message>
        <source>database %1 MB → %2 MB</source>
        <translation>база данных: %1 МБ → %2 МБ</translation>
    </message>
    <message>
        <source>shrink the database file</source>
        <translation>уменьшить файл базы данных</translation>
    </message>
    <message>
        <source>the feed is removed, but its password could not be removed from the system keychain: %1</source>
        <translation>лента удалена, но её пароль не удалось удалить из системной связки ключей: %1</translation>
    </message>
    <message>
        <source>The user name; the password is read from standard input.</source>
        <translation>Имя пользователя; пароль читается со стандартного ввода.</translation>
    </message>
    <message>
        <source>Send this header (e.g. Cookie) with the feed&apos;s requests; its value is read from standard input.</source>
        <translation>Отправлять этот заголовок (например, Cookie) с запросами ленты; его значение читается со стандартного ввода.</translation>
    </message>
    <message>
        <source>Forget the feed&apos;s credentials.</source>
        <translation>Забыть учётные данные ленты.</translation>
    </message>
    <message>
        <source>Keep a feed&apos;s user name and password (or token header) in the system keychain.</source>
        <translation>Хранить имя пользователя и пароль ленты (или заголовок с токеном) в системной связке ключей.</translation>
    </message>
    <message>
        <source>auth needs one feed id</source>
        <translation>auth нужен один идентификатор ленты</translation>
    </message>
    <message>
        <source>say --user NAME or --header NAME (or --remove)</source>
        <translation>укажите --user ИМЯ или --header ИМЯ (или --remove)</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>на стандартном вводе нет секрета</translation>
    </message>
    <message>
        <source>keep a feed&apos;s credentials in the system keychain</source>
        <translation>хранить учётные данные ленты в системной связке ключей</translation>
    </message>
    <message>
        <source>Store them with: oqy-cli auth %1 --user NAME (the password is read from standard input).</source>
        <translation>Сохраните их командой: oqy-cli auth %1 --user ИМЯ (пароль читается со стандартного ввода).</translation>
    </message>
    <message>
        <source>account add needs the server&apos;s address</source>
        <translation>account add: укажите адрес сервера</translation>
    </message>
    <message>
        <source>say --user NAME (the password is read from standard input)</source>
        <translation>укажите --user ИМЯ (пароль читается со стандартного ввода)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>на стандартном вводе нет пароля</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ещё не синхронизировался</translation>
    </message>
    <message>
        <source>account remove needs one account id</source>
        <translation>account remove: укажите один номер учётной записи</translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>учётной записи %1 нет</translation>
    </message>
    <message>
        <source>add: the user name; the password is read from standard input.</source>
        <translation>add: имя пользователя; пароль читается со стандартного ввода.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: вывести JSON.</translation>
    </message>
    <message>
        <source>Sync accounts on a Tiny Tiny RSS server: add SERVER --user NAME, list, remove ID.</source>
        <translation>Учётные записи синхронизации на сервере Tiny Tiny RSS: add СЕРВЕР --user ИМЯ, list, remove НОМЕР.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: add, list or remove</source>
        <translation>неизвестное действие «%1»: add, list или remove</translation>
    </message>
    <message>
        <source>Sync only account ID.</source>
        <translation>Синхронизировать только учётную запись НОМЕР.</translation>
    </message>
    <message>
        <source>Sync subscriptions, read marks and bookmarks with the accounts&apos; servers (oqy-cli refresh then fetches the new articles&apos; pages and photos).</source>
        <translation>Синхронизировать подписки, отметки о прочтении и закладки с серверами учётных записей (затем oqy-cli refresh скачает страницы и фото новых статей).</translation>
    </message>
    <message>
        <source>no sync account: add one with oqy-cli account add SERVER --user NAME</source>
        <translation>нет учётной записи синхронизации: добавьте её командой oqy-cli account add СЕРВЕР --user ИМЯ</translation>
    </message>
    <message>
        <source>%1@%2: %3 new articles, %4 marks sent, %5 taken; feeds %6 added, %7 removed; %8 subscriptions and %9 unsubscriptions sent</source>
        <translation>%1@%2: новых статей: %3; отметок отправлено: %4, получено: %5; лент добавлено: %6, удалено: %7; отправлено подписок: %8, отписок: %9</translation>
    </message>
    <message>
        <source>sync accounts on a Tiny Tiny RSS server</source>
        <translation>учётные записи синхронизации на сервере Tiny Tiny RSS</translation>
    </message>
    <message>
        <source>sync subscriptions, read marks and bookmarks with the accounts</source>
        <translation>синхронизировать подписки, отметки и закладки с учётными записями</translation>
    </message>
    <message>
        <source>Subscribe through sync account ID (sent to its server at the next sync).</source>
        <translation>Подписаться через учётную запись синхронизации НОМЕР (на сервер уйдёт при следующей синхронизации).</translation>
    </message>
    <message>
        <source>Put it in this folder.</source>
        <translation>Положить в эту папку.</translation>
    </message>
    <message>
        <source>a sync account takes feeds, not news-list pages</source>
        <translation>учётная запись синхронизации принимает ленты, а не страницы списков новостей</translation>
    </message>
    <message>
        <source>Store the address as the feed without downloading it first.</source>
        <translation>Сохранить адрес как ленту, не скачивая его сначала.</translation>
    </message>
    <message>
        <source>Subscribe to a feed, or to the feed of a site or page, and print its id. A page without a feed that lists news is read as a news-list page. A user name and password in the address go to the system keychain.</source>
        <translation>Подписаться на ленту или на ленту сайта или страницы и вывести её номер. Страница без ленты, на которой есть список новостей, читается как страница-список новостей. Имя пользователя и пароль из адреса сохраняются в системной связке ключей.</translation>
    </message>
    <message>
        <source>--account needs an account id (see oqy-cli account list)</source>
        <translation>для --account нужен номер учётной записи (см. oqy-cli account list)</translation>
    </message>
    <message numerus="yes">
        <source>%1 announces no feed; it lists %n news item(s), so it is read as a news-list page.</source>
        <translation>
            <numerusform>%1 не объявляет ленту; на странице %n новость, поэтому она читается как страница-список новостей.</numerusform>
            <numerusform>%1 не объявляет ленту; на странице %n новости, поэтому она читается как страница-список новостей.</numerusform>
            <numerusform>%1 не объявляет ленту; на странице %n новостей, поэтому она читается как страница-список новостей.</numerusform>
        </translation>
    </message>
    <message>
        <source>subscribed to the feed %1</source>
        <translation>подписка на ленту %1</translation>
    </message>
    <message>
        <source>the page also announces %1 (oqy-cli add %2)</source>
        <translation>страница объявляет и %1 (oqy-cli add %2)</translation>
    </message>
    <message>
        <source>the user name and password from the address are kept in the system keychain</source>
        <translation>имя пользователя и пароль из адреса сохранены в системной связке ключей</translation>
    </message>
    <message numerus="yes">
        <source>%1 announces no feed; it lists %n news item(s): oqy-cli add reads it as a news-list page.</source>
        <translation>
            <numerusform>%1 не объявляет ленту; на странице %n новость: oqy-cli add будет читать её как страницу-список новостей.</numerusform>
            <numerusform>%1 не объявляет ленту; на странице %n новости: oqy-cli add будет читать её как страницу-список новостей.</numerusform>
            <numerusform>%1 не объявляет ленту; на странице %n новостей: oqy-cli add будет читать её как страницу-список новостей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove articles received (or published, when later) more than DAYS days ago.</source>
        <translation>Удалить статьи, полученные (или опубликованные, если позже) более DAYS дней назад.</translation>
    </message>
    <message>
        <source>stopped at its deadline: %1</source>
        <translation>остановлено по истечении срока: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>News reader for Kazakhstan&apos;s regional outlets.</source>
        <translation>Чтение новостей региональных изданий Казахстана.</translation>
    </message>
    <message>
        <source>Keep the database, images and settings in DIR.</source>
        <translation>Хранить базу данных, изображения и настройки в DIR.</translation>
    </message>
    <message>
        <source>Oqy cannot start</source>
        <translation>Oqy не может запуститься</translation>
    </message>
    <message>
        <source>The database in %1 cannot be opened:
%2</source>
        <translation>Не удаётся открыть базу данных в %1:
%2</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>База данных восстановлена</translation>
    </message>
    <message>
        <source>Oqy is already open</source>
        <translation>Oqy уже открыт</translation>
    </message>
    <message>
        <source>Another Oqy (process %1) is using the data folder %2 and does not answer. Close it, or start Oqy with another folder (--data-dir).</source>
        <translation>Другой Oqy (процесс %1) работает с папкой данных %2 и не отвечает. Закройте его или запустите Oqy с другой папкой (--data-dir).</translation>
    </message>
</context>
<context>
    <name>oqy::AboutDialog</name>
    <message>
        <source>About Oqy</source>
        <translation>О программе Oqy</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <source>A news reader for Kazakhstan&apos;s regional outlets, in Russian and Kazakh. Oqy means «read!» in Kazakh.</source>
        <translation>Программа для чтения новостей региональных изданий Казахстана на русском и казахском языках. Oqy по-казахски значит «читай!».</translation>
    </message>
    <message>
        <source>Your subscriptions, articles, photos and bookmarks are kept in:</source>
        <translation>Ваши подписки, статьи, фотографии и закладки хранятся в папке:</translation>
    </message>
    <message>
        <source>Oqy is built on these libraries, each under its own licence:</source>
        <translation>Oqy использует эти библиотеки, каждую под её собственной лицензией:</translation>
    </message>
    <message>
        <source>Passwords are kept only in the system keychain.</source>
        <translation>Пароли хранятся только в системной связке ключей.</translation>
    </message>
</context>
<context>
    <name>oqy::AccountDialog</name>
    <message>
        <source>Sync account</source>
        <translation>Учётная запись синхронизации</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Keep subscriptions, read marks and bookmarks the same on every computer through your Tiny Tiny RSS server. The password is kept in the system keychain.</source>
        <translation>Подписки, отметки о прочтении и закладки будут одинаковыми на всех ваших компьютерах через ваш сервер Tiny Tiny RSS. Пароль хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Заполните сервер, имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Проверка на сервере…</translation>
    </message>
</context>
<context>
    <name>oqy::AddFeedDialog</name>
    <message>
        <source>This is a news-list page, not a feed</source>
        <translation>Это страница со списком новостей, а не лента</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Добавить ленту</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Адрес ленты</translation>
    </message>
    <message>
        <source>News-list page</source>
        <translation>Страница со списком новостей</translation>
    </message>
    <message>
        <source>For outlets without RSS: Oqy finds the article links on the page.</source>
        <translation>Для изданий без RSS: Oqy сам найдёт ссылки на статьи на странице.</translation>
    </message>
    <message>
        <source>Address hint</source>
        <translation>Подсказка к адресу</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Feeds of this page</source>
        <translation>Ленты этой страницы</translation>
    </message>
    <message>
        <source>Paste the address of a feed, or of the outlet&apos;s site or news page: Oqy finds the feed behind it.</source>
        <translation>Вставьте адрес ленты, сайта издания или страницы с новостями: Oqy найдёт ленту за ним.</translation>
    </message>
    <message>
        <source>Looking for the feed…</source>
        <translation>Поиск ленты…</translation>
    </message>
    <message numerus="yes">
        <source>This site has %n feeds: choose one, then OK.</source>
        <translation>
            <numerusform>На этом сайте %n лента: выберите одну и нажмите OK.</numerusform>
            <numerusform>На этом сайте %n ленты: выберите одну и нажмите OK.</numerusform>
            <numerusform>На этом сайте %n лент: выберите одну и нажмите OK.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No feed found here, but the page lists %n news item(s): Oqy will read it as a news-list page. OK subscribes to it.</source>
        <translation>
            <numerusform>Ленты здесь нет, но на странице %n новость: Oqy будет читать её как страницу-список новостей. OK — подписаться.</numerusform>
            <numerusform>Ленты здесь нет, но на странице %n новости: Oqy будет читать её как страницу-список новостей. OK — подписаться.</numerusform>
            <numerusform>Ленты здесь нет, но на странице %n новостей: Oqy будет читать её как страницу-список новостей. OK — подписаться.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
OK adds the address anyway; Oqy tries it at every refresh.</source>
        <translation>%1
OK всё равно добавит адрес; Oqy будет пробовать при каждом обновлении.</translation>
    </message>
</context>
<context>
    <name>oqy::ArticleListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Не прочитано: %1</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1, в закладках</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
</context>
<context>
    <name>oqy::CredentialsDialog</name>
    <message>
        <source>&amp;User name and password</source>
        <translation>&amp;Имя пользователя и пароль</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>Учётные данные для %1</translation>
    </message>
    <message>
        <source>Oqy keeps them in the system keychain only, never in its own files.</source>
        <translation>Oqy хранит их только в системной связке ключей, никогда в своих файлах.</translation>
    </message>
    <message>
        <source>A &amp;header (subscription cookie or token)</source>
        <translation>&amp;Заголовок (cookie подписки или токен)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Имя &amp;пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Имя заголовка</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Значение заголовка</translation>
    </message>
    <message>
        <source>Header n&amp;ame:</source>
        <translation>И&amp;мя заголовка:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
</context>
<context>
    <name>oqy::FeedRefresher</name>
    <message>
        <source>This feed&apos;s password is in the system keychain, which Oqy cannot use here.</source>
        <translation>Пароль этой ленты хранится в системной связке ключей, которой Oqy здесь воспользоваться не может.</translation>
    </message>
</context>
<context>
    <name>oqy::FeedTreeModel</name>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Подписки</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n непрочитанная</numerusform>
            <numerusform>%1, %n непрочитанные</numerusform>
            <numerusform>%1, %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Последнее успешное обновление: %1</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Последнее обновление не удалось: %1</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Следующая попытка: %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
</context>
<context>
    <name>oqy::MainWindow</name>
    <message>
        <source>Oqy</source>
        <translation>Oqy</translation>
    </message>
    <message>
        <source>Refreshing: %1 of %2 feeds</source>
        <translation>Обновление: %1 из %2 лент</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <source>Could not read the article list: %1</source>
        <translation>Не удалось прочитать список статей: %1</translation>
    </message>
    <message>
        <source>Add a feed to start reading (Feeds → Add feed…).</source>
        <translation>Чтобы начать читать, добавьте ленту (Ленты → Добавить ленту…).</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Поиск по статьям</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Ход обновления</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Ленты</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Обновить все</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Добавить ленту…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Закладка</translation>
    </message>
    <message>
        <source>&amp;Mark read/unread</source>
        <translation>&amp;Прочитано/не прочитано</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>&amp;Открыть оригинал</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>П&amp;редыдущая статья</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>П&amp;оиск</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>Здесь нет статей.</translation>
    </message>
    <message>
        <source>This article is no longer stored.</source>
        <translation>Эта статья больше не хранится.</translation>
    </message>
    <message>
        <source>Could not read the article: %1</source>
        <translation>Не удалось прочитать статью: %1</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Добавлено в закладки.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Закладка убрана.</translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation>Закладка не сохранена: %1</translation>
    </message>
    <message>
        <source>There is nothing to refresh yet: add a feed first.</source>
        <translation>Обновлять пока нечего: сначала добавьте ленту.</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Добавить ленту</translation>
    </message>
    <message>
        <source>The feed was not added: %1</source>
        <translation>Лента не добавлена: %1</translation>
    </message>
    <message>
        <source>Feed added; downloading it…</source>
        <translation>Лента добавлена, загружаем…</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Последнее обновление не удалось: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n новая статья</numerusform>
            <numerusform>%n новые статьи</numerusform>
            <numerusform>%n новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed — see the warning icons</source>
        <translation>
            <numerusform>%n лента с ошибкой — см. значки предупреждения</numerusform>
            <numerusform>%n ленты с ошибкой — см. значки предупреждения</numerusform>
            <numerusform>%n лент с ошибкой — см. значки предупреждения</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import subscriptions…</source>
        <translation>&amp;Импорт подписок…</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions…</source>
        <translation>&amp;Экспорт подписок…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Импорт подписок</translation>
    </message>
    <message>
        <source>OPML or Newsboat urls (*.opml *.xml urls);;All files (*)</source>
        <translation>OPML или urls от Newsboat (*.opml *.xml urls);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported.</source>
        <translation>
            <numerusform>Импортирована %n подписка.</numerusform>
            <numerusform>Импортировано %n подписки.</numerusform>
            <numerusform>Импортировано %n подписок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Экспорт подписок</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message>
        <source>Oqy subscriptions</source>
        <translation>Подписки Oqy</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saving for offline reading: %1 of %2</source>
        <translation>Сохранение для чтения без сети: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Работать &amp;без сети</translation>
    </message>
    <message>
        <source>Nothing is downloaded while this is on; everything stored stays readable.</source>
        <translation>Пока включено, ничего не загружается; всё сохранённое остаётся доступным.</translation>
    </message>
    <message>
        <source>Working offline: nothing is downloaded.</source>
        <translation>Работа без сети: ничего не загружается.</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Снова в сети.</translation>
    </message>
    <message>
        <source>Working offline: nothing is downloaded. Turn off Feeds → Work offline to refresh.</source>
        <translation>Работа без сети: ничего не загружается. Чтобы обновить, отключите Ленты → Работать без сети.</translation>
    </message>
    <message>
        <source>Old articles could not be removed: %1</source>
        <translation>Не удалось удалить старые статьи: %1</translation>
    </message>
    <message>
        <source>Add &amp;outlet…</source>
        <translation>Добавить &amp;издание…</translation>
    </message>
    <message>
        <source>Welcome to Oqy. Tick the regions you follow (or single outlets); their news will come in and stay readable offline. You can add more later with Feeds → Add outlet…</source>
        <translation>Добро пожаловать в Oqy. Отметьте регионы, за которыми следите (или отдельные издания): их новости будут загружаться и останутся доступны без сети. Добавить другие можно позже: Ленты → Добавить издание…</translation>
    </message>
    <message>
        <source>Tick the outlets to subscribe to.</source>
        <translation>Отметьте издания, на которые хотите подписаться.</translation>
    </message>
    <message>
        <source>Add outlet</source>
        <translation>Добавить издание</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Ничего не добавлено: %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Oqy found damage in its database (%1). Restart Oqy to repair it: your subscriptions and bookmarks are kept in a backup and come back, articles with the next refresh.</source>
        <translation>Oqy обнаружил повреждение базы данных (%1). Перезапустите Oqy, чтобы её восстановить: подписки и закладки сохранены в резервной копии и вернутся, статьи — при следующем обновлении.</translation>
    </message>
    <message>
        <source>Bookmark &amp;note…</source>
        <translation>&amp;Заметка к закладке…</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>Заметка к закладке</translation>
    </message>
    <message>
        <source>A note to keep with this bookmark (it goes with bookmark exports too):</source>
        <translation>Заметка к этой закладке (она сохраняется и при экспорте закладок):</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Заметка не сохранена: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Ссылка скопирована.</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Отметить &amp;все прочитанными</translation>
    </message>
    <message>
        <source>&amp;Undo mark all read</source>
        <translation>&amp;Отменить отметку всех прочитанными</translation>
    </message>
    <message>
        <source>Next &amp;unread article</source>
        <translation>Следующая &amp;непрочитанная статья</translation>
    </message>
    <message>
        <source>Scroll, then next &amp;unread</source>
        <translation>Прокрутить, затем к с&amp;ледующей непрочитанной</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n статья отмечена прочитанной. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n статьи отмечены прочитанными. Отменить: Ctrl+Z.</numerusform>
            <numerusform>%n статей отмечено прочитанными. Отменить: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) unread again.</source>
        <translation>
            <numerusform>%n статья снова непрочитана.</numerusform>
            <numerusform>%n статьи снова непрочитаны.</numerusform>
            <numerusform>%n статей снова непрочитаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Учётные данные…</translation>
    </message>
    <message>
        <source>Select a feed first.</source>
        <translation>Сначала выберите ленту.</translation>
    </message>
    <message>
        <source>This feed&apos;s server asks for credentials.</source>
        <translation>Сервер этой ленты требует учётные данные.</translation>
    </message>
    <message>
        <source>Credentials not saved</source>
        <translation>Учётные данные не сохранены</translation>
    </message>
    <message>
        <source>Proxy password not saved</source>
        <translation>Пароль прокси не сохранён</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Не удалось прочитать пароль прокси: %1</translation>
    </message>
    <message>
        <source>&amp;Sync account…</source>
        <translation>&amp;Учётная запись синхронизации…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation>Учётная запись синхронизации</translation>
    </message>
    <message>
        <source>&amp;Oldest first</source>
        <translation>Сначала &amp;старые</translation>
    </message>
    <message>
        <source>The reader pane cannot be shown:
%1</source>
        <translation>Панель чтения не может быть показана:
%1</translation>
    </message>
    <message>
        <source>Syncing with your accounts…</source>
        <translation>Синхронизация с учётными записями…</translation>
    </message>
    <message>
        <source>Downloading the news…</source>
        <translation>Загрузка новостей…</translation>
    </message>
    <message>
        <source>Feed added; it is downloaded when Oqy is back online.</source>
        <translation>Лента добавлена; она загрузится, когда Oqy снова будет в сети.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped.</source>
        <translation>
            <numerusform>%n запись пропущена.</numerusform>
            <numerusform>%n записи пропущены.</numerusform>
            <numerusform>%n записей пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Подписки экспортированы в %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved for offline reading</source>
        <translation>
            <numerusform>%n сохранена для чтения офлайн</numerusform>
            <numerusform>%n сохранены для чтения офлайн</numerusform>
            <numerusform>%n сохранено для чтения офлайн</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Oqy</source>
        <translation>&amp;О программе Oqy</translation>
    </message>
    <message>
        <source>No articles here about %1. Esc clears the region filter.</source>
        <translation>Здесь нет статей о регионе: %1. Esc снимает фильтр по региону.</translation>
    </message>
    <message>
        <source>Next unread in %1.</source>
        <translation>Следующая непрочитанная — в «%1».</translation>
    </message>
    <message>
        <source>No unread articles left.</source>
        <translation>Непрочитанных статей больше нет.</translation>
    </message>
</context>
<context>
    <name>oqy::OutletPickerDialog</name>
    <message>
        <source>Outlets of Kazakhstan</source>
        <translation>Издания Казахстана</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Outlets by region</source>
        <translation>Издания по регионам</translation>
    </message>
    <message>
        <source>Addresses come from public sources and some may have moved; a feed that fails shows its error in the tree and is easy to remove.</source>
        <translation>Адреса взяты из открытых источников, и некоторые могли измениться; у ленты с ошибкой в дереве видна причина, и её легко удалить.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписаться</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
</context>
<context>
    <name>oqy::RegionFilterButton</name>
    <message>
        <source>Region filter</source>
        <translation>Фильтр по регионам</translation>
    </message>
    <message>
        <source>Show only articles about the ticked regions</source>
        <translation>Показывать только статьи об отмеченных регионах</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n регион</numerusform>
            <numerusform>%n региона</numerusform>
            <numerusform>%n регионов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oqy::SettingsDialog</name>
    <message>
        <source>Mark an article read when it is selected</source>
        <translation>Отмечать статью прочитанной, когда она выбрана</translation>
    </message>
    <message>
        <source>Work offline (no downloads at all)</source>
        <translation>Работать офлайн (ничего не загружать)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>С засечками</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Без засечек</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Только по команде</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Без прокси</translation>
    </message>
    <message>
        <source>This HTTP proxy:</source>
        <translation>Этот HTTP-прокси:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Адрес прокси:</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>П&amp;орт прокси:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>&amp;Keep articles:</source>
        <translation>&amp;Хранить статьи:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>&amp;Cache at most:</source>
        <translation>&amp;Кэш не больше:</translation>
    </message>
    <message>
        <source>Bookmarks, and unread articles within the kept days, are never removed.</source>
        <translation>Закладки и непрочитанные статьи в пределах срока хранения никогда не удаляются.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Язык (после перезапуска):</translation>
    </message>
    <message>
        <source>Show Oqy in the system tray, with the unread count</source>
        <translation>Показывать Oqy в системном лотке с числом непрочитанных</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Ни одного региона</translation>
    </message>
    <message>
        <source>&amp;New articles in:</source>
        <translation>&amp;Новые статьи в регионах:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>По&amp;льзователь прокси:</translation>
    </message>
    <message>
        <source>(kept in the system keychain)</source>
        <translation>(хранится в системной связке ключей)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Пар&amp;оль прокси:</translation>
    </message>
</context>
<context>
    <name>oqy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>oqy::TrayIcon</name>
    <message numerus="yes">
        <source>Oqy: %n unread article(s)</source>
        <translation>
            <numerusform>Oqy: %n непрочитанная статья</numerusform>
            <numerusform>Oqy: %n непрочитанные статьи</numerusform>
            <numerusform>Oqy: %n непрочитанных статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Oqy</source>
        <translation>Oqy</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) in %1</source>
        <translation>
            <numerusform>%n новая статья: %1</numerusform>
            <numerusform>%n новые статьи: %1</numerusform>
            <numerusform>%n новых статей: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Tiny Tiny RSS could not subscribe to it (code %1%2).</source>
        <translation>Tiny Tiny RSS не смог подписаться на неё (код %1%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not open a session.</source>
        <translation>Сервер %1 не открыл сеанс.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer too big to be Tiny Tiny RSS&apos;s.</source>
        <translation>Сервер %1 прислал ответ, слишком большой для Tiny Tiny RSS.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time; Oqy will try again later.</source>
        <translation>Сервер %1 не ответил вовремя; Oqy попробует позже.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2); Oqy will try again later.</source>
        <translation>Не удаётся связаться с сервером %1 (%2); Oqy попробует позже.</translation>
    </message>
    <message>
        <source>There is no Tiny Tiny RSS at %1 (the address gives “not found”).</source>
        <translation>По адресу %1 нет Tiny Tiny RSS (адрес отвечает «не найдено»).</translation>
    </message>
    <message>
        <source>The server at %1 answered with an error (HTTP %2); Oqy will try again later.</source>
        <translation>Сервер %1 ответил ошибкой (HTTP %2); Oqy попробует позже.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer like Tiny Tiny RSS: is the address right?</source>
        <translation>Сервер %1 ответил не так, как Tiny Tiny RSS: верен ли адрес?</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 refused the user name or password.</source>
        <translation>Tiny Tiny RSS на %1 не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The API is switched off for this user at %1: turn on “Enable API” in Tiny Tiny RSS&apos;s preferences.</source>
        <translation>Для этого пользователя на %1 отключён API: включите «Enable API» в настройках Tiny Tiny RSS.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 ended the session.</source>
        <translation>Tiny Tiny RSS на %1 завершил сеанс.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 refused the request (%2).</source>
        <translation>Tiny Tiny RSS на %1 отклонил запрос (%2).</translation>
    </message>
</context>
</TS>
