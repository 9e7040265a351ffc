<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ArticleCacher</name>
    <message>
        <source>The server sent no page.</source>
        <translation>Сервер бет жібермеді.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>Беттен мақала мәтіні табылмады.</translation>
    </message>
    <message>
        <source>The server sent no image.</source>
        <translation>Сервер сурет жібермеді.</translation>
    </message>
    <message>
        <source>This is not an image Oqy shows (JPEG, PNG, GIF, WebP, AVIF).</source>
        <translation>Бұл Oqy көрсететін сурет емес (JPEG, PNG, GIF, WebP, AVIF).</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>The outlet&apos;s home region (the text names no region)</source>
        <translation>Басылымның өңірі (мәтінде өңір аталмаған)</translation>
    </message>
    <message>
        <source>Found in the text: %1</source>
        <translation>Мәтінде табылды: %1</translation>
    </message>
    <message>
        <source>This is the feed&apos;s short version; the full article may be longer — open the original.</source>
        <translation>Бұл таспадағы қысқа нұсқа; толық мақала ұзынырақ болуы мүмкін — түпнұсқасын ашыңыз.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Дәйексөздер</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Түпнұсқасын ашу</translation>
    </message>
    <message>
        <source>Extraction may be incomplete — open the original to read the whole article.</source>
        <translation>Мәтін толық алынбауы мүмкін — мақаланы толық оқу үшін түпнұсқасын ашыңыз.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Сіздің жазбаңыз</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>FeedDiscoverer</name>
    <message>
        <source>No feed found at %1 or at the usual places on its site, and the page lists no news Oqy could read instead.</source>
        <translation>%1 мекенжайында да, сайттың әдеттегі орындарында да таспа жоқ, әрі бетте Oqy оның орнына оқи алатын жаңалықтар тізімі жоқ.</translation>
    </message>
</context>
<context>
    <name>FeedParser</name>
    <message>
        <source>The feed is larger than %1 MB; Oqy does not read it.</source>
        <translation>Таспа %1 МБ-тан үлкен; Oqy оны оқымайды.</translation>
    </message>
    <message>
        <source>This address gives a web page, not a feed.</source>
        <translation>Бұл мекенжайда таспа емес, веб-бет тұр.</translation>
    </message>
    <message>
        <source>The server sent an empty document.</source>
        <translation>Сервер бос құжат жіберді.</translation>
    </message>
    <message>
        <source>This is not a feed Oqy can read (%1).</source>
        <translation>Бұл Oqy оқи алатын таспа емес (%1).</translation>
    </message>
    <message>
        <source>no RSS or Atom elements</source>
        <translation>RSS немесе Atom элементтері жоқ</translation>
    </message>
    <message>
        <source>This is JSON, but not a JSON Feed.</source>
        <translation>Бұл JSON, бірақ JSON Feed емес.</translation>
    </message>
</context>
<context>
    <name>FeedRefresher</name>
    <message>
        <source>The feed is broken and no article could be read from it: %1</source>
        <translation>Арна бүлінген, одан бірде-бір мақала оқылмады: %1</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>Сервер қосылудан бас тартты.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (no network, or a mistyped address).</source>
        <translation>Сервер табылмады (желі жоқ немесе мекенжай қате терілген).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер уақытында жауап бермеді.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Қорғалған байланыс орнатылмады: %1</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Желі қолжетімсіз.</translation>
    </message>
    <message>
        <source>The proxy failed: %1</source>
        <translation>Прокси қатесі: %1</translation>
    </message>
    <message>
        <source>The download took longer than %1 seconds and was stopped.</source>
        <translation>Жүктеу %1 секундтан ұзаққа созылып, тоқтатылды.</translation>
    </message>
    <message>
        <source>The download is larger than the limit of %1 MB and was stopped.</source>
        <translation>Жүктеу %1 МБ шегінен асып, тоқтатылды.</translation>
    </message>
    <message>
        <source>The server redirected without saying where to (HTTP %1).</source>
        <translation>Сервер қайда екенін көрсетпей бағыттады (HTTP %1).</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1).</source>
        <translation>Қайта бағыттау тым көп (%1-ден артық).</translation>
    </message>
    <message>
        <source>The server redirected to an address Oqy does not follow: %1</source>
        <translation>Сервер Oqy бармайтын мекенжайға бағыттады: %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Сервер жауабы: %1 %2.</translation>
    </message>
    <message>
        <source>It asks to try again after %1.</source>
        <translation>Ол %1 кейін қайталауды сұрайды.</translation>
    </message>
    <message>
        <source>The server compressed the download with &quot;%1&quot;, which Oqy did not ask for.</source>
        <translation>Сервер жауапты Oqy сұрамаған «%1» әдісімен сыққан.</translation>
    </message>
    <message>
        <source>The compressed download could not be unpacked.</source>
        <translation>Сығылған жауапты ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The server said the download was compressed, but it was not (or it was damaged).</source>
        <translation>Сервер жауап сығылған деді, бірақ олай емес (немесе деректер бүлінген).</translation>
    </message>
    <message>
        <source>The compressed download was cut off before its end.</source>
        <translation>Сығылған жауап соңына жетпей үзілді.</translation>
    </message>
    <message>
        <source>The server did not answer in time: nothing arrived for %1 seconds.</source>
        <translation>Сервер уақытында жауап бермеді: %1 секунд ішінде ештеңе келмеді.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was broken (invalid HTTP), so the download was dropped.</source>
        <translation>Сервер жауабы бұзылған (қате HTTP), жүктеу тоқтатылды.</translation>
    </message>
    <message>
        <source>The server closed the connection before the download was complete.</source>
        <translation>Сервер жауапты толық жібермей байланысты жапты.</translation>
    </message>
    <message>
        <source>The server redirected to an address too long to be real (%1 KB).</source>
        <translation>Сервер шынайы болуы мүмкін емес ұзын мекенжайға бағыттады (%1 КБ).</translation>
    </message>
    <message>
        <source>This feed needs a user name and password.</source>
        <translation>Бұл арнаға пайдаланушы аты мен құпиясөз қажет.</translation>
    </message>
    <message>
        <source>It refuses access: the feed may need a subscription or other credentials.</source>
        <translation>Қатынауға рұқсат жоқ: арнаға жазылым немесе басқа тіркелгі деректері қажет болуы мүмкін.</translation>
    </message>
    <message>
        <source>It refused the stored user name and password.</source>
        <translation>Ол сақталған пайдаланушы атын және құпиясөзді қабылдамады.</translation>
    </message>
</context>
<context>
    <name>NewsList</name>
    <message>
        <source>This page has no body to read news from.</source>
        <translation>Бұл бетте жаңалықтарды алатын мазмұн жоқ.</translation>
    </message>
    <message>
        <source>No list of news links was found on this page.</source>
        <translation>Бұл бетте жаңалықтарға сілтемелер тізімі табылмады.</translation>
    </message>
</context>
<context>
    <name>OpenReport</name>
    <message>
        <source>The database was damaged (%1). It was moved to %2 and a new one was made.</source>
        <translation>Дерекқор зақымдалған (%1). Ол %2 ішіне көшірілді, жаңасы жасалды.</translation>
    </message>
    <message>
        <source>There was no backup of subscriptions and bookmarks to restore.</source>
        <translation>Қалпына келтіретін жазылымдар мен бетбелгілердің сақтық көшірмесі болмады.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1.</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) and %1 bookmark(s) were restored from the backup of %2; articles come back with the next refresh.</source>
        <translation>
            <numerusform>%2 сақтық көшірмесінен %n жазылым және %1 бетбелгі қалпына келтірілді; мақалалар келесі жаңартуда қайтады.</numerusform>
            <numerusform>%2 сақтық көшірмесінен %n жазылым және %1 бетбелгі қалпына келтірілді; мақалалар келесі жаңартуда қайтады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>%1 is in none of: %2</source>
        <translation>%1 мына қалталардың ешқайсысында жоқ: %2</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <source>Stopped before the sync had finished.</source>
        <translation>Синхрондау аяқталмай тұрып тоқтатылды.</translation>
    </message>
    <message>
        <source>Old articles could not be removed: %1</source>
        <translation>Ескі мақалаларды жою мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The refresh of this feed did not finish within %1 seconds and was stopped; it is tried again at the next refresh.</source>
        <translation>Бұл таспаның жаңартуы %1 секунд ішінде аяқталмай, тоқтатылды; келесі жаңартуда қайта көріледі.</translation>
    </message>
    <message>
        <source>The sync did not finish in time and was stopped.</source>
        <translation>Синхрондау уақытында аяқталмай, тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is stored in the system keychain for this feed (or the keychain is locked).</source>
        <translation>Жүйелік кілттер қоймасында бұл таспаның құпиясөзі жоқ (немесе қойма құлыпталған).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it (e.g. log in to the desktop session) and try again.</source>
        <translation>Жүйелік кілттер қоймасы рұқсат бермеді (%1). Оны ашыңыз (мысалы, жұмыс үстелі сеансына кіріңіз) және қайталаңыз.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Oqy keeps passwords only there: start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз (%1). Oqy құпиясөздерді тек сонда сақтайды: GNOME Keyring немесе KWallet сияқты Secret Service іске қосып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; it may be waiting for an unlock prompt.</source>
        <translation>Жүйелік кілттер қоймасы уақытында жауап бермеді; ол ашу сұрауын күтуі мүмкін.</translation>
    </message>
</context>
<context>
    <name>StorageWriter</name>
    <message>
        <source>The disk is full; nothing new was saved (%1).</source>
        <translation>Диск толы; жаңа ештеңе сақталмады (%1).</translation>
    </message>
</context>
<context>
    <name>SubscriptionList</name>
    <message>
        <source>%1: not a web address Oqy follows</source>
        <translation>%1: Oqy ашатын веб-мекенжай емес</translation>
    </message>
    <message>
        <source>This file is not OPML.</source>
        <translation>Бұл файл OPML емес.</translation>
    </message>
    <message>
        <source>The file lists no subscriptions.</source>
        <translation>Файлда жазылым жоқ.</translation>
    </message>
    <message>
        <source>This file is neither OPML nor a list of feed addresses.</source>
        <translation>Бұл файл OPML да, таспа мекенжайларының тізімі де емес.</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>A sync account&apos;s feeds are read by its server: the address must not carry a user name and password.</source>
        <translation>Синхрондау тіркелгісінің таспаларын оның сервері оқиды: мекенжайда пайдаланушы аты мен құпиясөз болмауы керек.</translation>
    </message>
    <message>
        <source>Not checked: Oqy is working offline. The address is read at the next refresh.</source>
        <translation>Тексерілмеді: Oqy желісіз жұмыс істеп тұр. Мекенжай келесі жаңартуда оқылады.</translation>
    </message>
    <message>
        <source>Not checked now (%1). Oqy tries it at every refresh.</source>
        <translation>Қазір тексерілмеді (%1). Oqy әр жаңартуда қайта көреді.</translation>
    </message>
    <message>
        <source>The user name and password in the address could not be kept in the system keychain, so nothing was stored: %1</source>
        <translation>Мекенжайдағы пайдаланушы аты мен құпиясөзді жүйелік кілттер қоймасына сақтау мүмкін болмады, сондықтан ештеңе сақталмады: %1</translation>
    </message>
    <message>
        <source>There is no sync account %1.</source>
        <translation>%1 синхрондау тіркелгісі жоқ.</translation>
    </message>
    <message>
        <source>its user name and password could not be kept in the system keychain (%1)</source>
        <translation>оның пайдаланушы аты мен құпиясөзін жүйелік кілттер қоймасына сақтау мүмкін болмады (%1)</translation>
    </message>
</context>
<context>
    <name>WebAddress</name>
    <message>
        <source>No address was given.</source>
        <translation>Мекенжай берілмеді.</translation>
    </message>
    <message>
        <source>The address is %1 KB long; no web address is longer than %2 KB.</source>
        <translation>Мекенжай ұзындығы %1 КБ; ешбір веб-мекенжай %2 КБ-тан ұзын болмайды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address (%2).</source>
        <translation>«%1» — жарамсыз веб-мекенжай (%2).</translation>
    </message>
    <message>
        <source>Oqy reads http and https addresses only, not &quot;%1:&quot;.</source>
        <translation>Oqy тек http және https мекенжайларын оқиды, «%1:» емес.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no web server.</source>
        <translation>«%1» ешбір веб-серверді атамайды.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs one article id</source>
        <translation>%1 үшін бір мақала нөмірі керек</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>Only unread articles.</source>
        <translation>Тек оқылмаған мақалалар.</translation>
    </message>
    <message>
        <source>Only bookmarked articles.</source>
        <translation>Тек бетбелгідегі мақалалар.</translation>
    </message>
    <message>
        <source>Only articles of feed ID.</source>
        <translation>Тек ID таспасының мақалалары.</translation>
    </message>
    <message>
        <source>Only articles about these regions (comma-separated slugs).</source>
        <translation>Тек осы өңірлер туралы мақалалар (кодтар үтір арқылы).</translation>
    </message>
    <message>
        <source>At most N articles (default 100).</source>
        <translation>Ең көбі N мақала (әдепкісі 100).</translation>
    </message>
    <message>
        <source>List stored articles, newest first.</source>
        <translation>Сақталған мақалаларды көрсету, жаңалары алдымен.</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit үшін оң сан керек</translation>
    </message>
    <message>
        <source>Show one stored article.</source>
        <translation>Бір сақталған мақаланы көрсету.</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>%1 мақаласы жоқ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>credit: %1</source>
        <translation>авторы: %1</translation>
    </message>
    <message>
        <source>Remove the bookmark instead.</source>
        <translation>Оның орнына бетбелгіні алып тастау.</translation>
    </message>
    <message>
        <source>Keep a note with the bookmark.</source>
        <translation>Бетбелгіге жазба қосу.</translation>
    </message>
    <message>
        <source>Bookmark an article: it is kept whatever the retention settings say.</source>
        <translation>Мақаланы бетбелгіге қосу: сақтау баптауларына қарамастан ол сақталады.</translation>
    </message>
    <message>
        <source>Mark unread instead.</source>
        <translation>Оның орнына оқылмаған деп белгілеу.</translation>
    </message>
    <message>
        <source>Mark an article read (or unread).</source>
        <translation>Мақаланы оқылды (немесе оқылмады) деп белгілеу.</translation>
    </message>
    <message>
        <source>list stored articles</source>
        <translation>сақталған мақалалар тізімі</translation>
    </message>
    <message>
        <source>show one article</source>
        <translation>бір мақаланы көрсету</translation>
    </message>
    <message>
        <source>bookmark an article (or --remove)</source>
        <translation>мақаланы бетбелгіге қосу (немесе --remove)</translation>
    </message>
    <message>
        <source>mark an article read (or --unread)</source>
        <translation>мақаланы оқылды деп белгілеу (немесе --unread)</translation>
    </message>
    <message>
        <source>Use the Oqy data folder DIR instead of the default.</source>
        <translation>Әдепкі қалтаның орнына Oqy деректер қалтасы DIR-ді пайдалану.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Осы анықтаманы көрсету.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>дерекқорды ашу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The address is an outlet&apos;s news-list page, not a feed.</source>
        <translation>Мекенжай — таспа емес, басылымның жаңалықтар тізімі беті.</translation>
    </message>
    <message>
        <source>add needs exactly one URL</source>
        <translation>add үшін дәл бір мекенжай керек</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address</source>
        <translation>«%1» — http(s) мекенжайы емес</translation>
    </message>
    <message>
        <source>List the subscriptions with their last error.</source>
        <translation>Жазылымдарды соңғы қатесімен көрсету.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>қате: %1</translation>
    </message>
    <message>
        <source>Unsubscribe from a feed; its articles go too, bookmarked ones included.</source>
        <translation>Таспадан жазылымды тоқтату; оның мақалалары да, бетбелгідегілерімен қоса, жойылады.</translation>
    </message>
    <message>
        <source>remove needs one feed id</source>
        <translation>remove үшін бір таспа нөмірі керек</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>%1 таспасы жоқ</translation>
    </message>
    <message>
        <source>subscribe to a feed (prints its id)</source>
        <translation>таспаға жазылу (нөмірін шығарады)</translation>
    </message>
    <message>
        <source>list subscriptions</source>
        <translation>жазылымдар тізімі</translation>
    </message>
    <message>
        <source>unsubscribe from a feed</source>
        <translation>таспадан жазылымды тоқтату</translation>
    </message>
    <message>
        <source>Usage: oqy-cli COMMAND [options]</source>
        <translation>Қолданылуы: oqy-cli ПӘРМЕН [параметрлер]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Пәрмендер:</translation>
    </message>
    <message>
        <source>Run &quot;oqy-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Пәрмен параметрлері: «oqy-cli ПӘРМЕН --help».</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see oqy-cli --help</source>
        <translation>белгісіз пәрмен «%1»; oqy-cli --help қараңыз</translation>
    </message>
    <message>
        <source>Print JSON (the only output format).</source>
        <translation>JSON шығару (басқа пішім жоқ).</translation>
    </message>
    <message>
        <source>The document&apos;s address: the base for relative links.</source>
        <translation>Құжаттың мекенжайы: салыстырмалы сілтемелердің негізі.</translation>
    </message>
    <message>
        <source>An HTTP response header, &quot;Name: value&quot; (repeatable).</source>
        <translation>HTTP жауап тақырыбы, «Атауы: мәні» (бірнешеу болуы мүмкін).</translation>
    </message>
    <message>
        <source>Parse a feed file and print what Oqy reads from it.</source>
        <translation>Таспа файлын талдап, Oqy одан не оқығанын шығару.</translation>
    </message>
    <message>
        <source>parse-feed needs one file</source>
        <translation>parse-feed үшін бір файл керек</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 %2 МБ-тан үлкен</translation>
    </message>
    <message>
        <source>a header looks like &quot;Name: value&quot;, not &quot;%1&quot;</source>
        <translation>тақырып «%1» емес, «Атауы: мәні» түрінде жазылады</translation>
    </message>
    <message>
        <source>parse a feed file and print it as JSON</source>
        <translation>таспа файлын талдап, JSON шығару</translation>
    </message>
    <message>
        <source>Refresh only feed ID (repeatable).</source>
        <translation>Тек ID таспасын жаңарту (бірнешеу болуы мүмкін).</translation>
    </message>
    <message>
        <source>Give up on a feed after SECONDS (default 60).</source>
        <translation>Таспаны SECONDS секундтан кейін тастау (әдепкісі 60).</translation>
    </message>
    <message>
        <source>Download the subscriptions and store new articles.</source>
        <translation>Жазылымдарды жүктеп, жаңа мақалаларды сақтау.</translation>
    </message>
    <message>
        <source>--feed needs a number</source>
        <translation>--feed үшін сан керек</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout үшін секундтың оң саны керек</translation>
    </message>
    <message>
        <source>no such feed among %1</source>
        <translation>%1 арасында мұндай таспа жоқ</translation>
    </message>
    <message>
        <source>%1 feeds: %2 new articles, %3 unchanged, %4 failed, %5 KB downloaded</source>
        <translation>таспалар: %1; жаңа мақалалар: %2; өзгеріссіз: %3; қатемен: %4; жүктелді %5 КБ</translation>
    </message>
    <message>
        <source>download subscriptions and store new articles</source>
        <translation>жазылымдарды жүктеп, жаңа мақалаларды сақтау</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Авторы: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Сурет: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Сурет авторы: %1</translation>
    </message>
    <message>
        <source>(extraction may be incomplete — open the original page)</source>
        <translation>(мәтін толық алынбауы мүмкін — түпнұсқа бетін ашыңыз)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>стандартты кіріс оқылмады</translation>
    </message>
    <message>
        <source>cannot write standard output</source>
        <translation>стандартты шығысқа жазылмады</translation>
    </message>
    <message>
        <source>a request is {&quot;html&quot;: PATH, &quot;url&quot;: URL}</source>
        <translation>сұраныс түрі: {&quot;html&quot;: ЖОЛ, &quot;url&quot;: МЕКЕНЖАЙ}</translation>
    </message>
    <message>
        <source>The page&apos;s address: the base for its links, and the site rule to use.</source>
        <translation>Беттің мекенжайы: сілтемелерінің негізі және қолданылатын сайт ережесі.</translation>
    </message>
    <message>
        <source>The HTTP Content-Type the page came with.</source>
        <translation>Бет келген HTTP Content-Type.</translation>
    </message>
    <message>
        <source>Extra site rules (JSON) over the built-in ones.</source>
        <translation>Кіріктірілген ережелерге қосымша сайт ережелері (JSON).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Нәтижені бір JSON нысаны ретінде шығару.</translation>
    </message>
    <message>
        <source>Answer {&quot;html&quot;: PATH, &quot;url&quot;: URL} lines on standard input with one JSON line each.</source>
        <translation>Стандартты кірістегі әр {&quot;html&quot;: ЖОЛ, &quot;url&quot;: МЕКЕНЖАЙ} жолына бір JSON жолымен жауап беру.</translation>
    </message>
    <message>
        <source>Extract the article from a saved web page.</source>
        <translation>Сақталған веб-беттен мақаланы алу.</translation>
    </message>
    <message>
        <source>extract needs one file (or --serve)</source>
        <translation>extract үшін бір файл (немесе --serve) керек</translation>
    </message>
    <message>
        <source>extract the article (text, photo, quotes) from a saved page</source>
        <translation>сақталған беттен мақаланы (мәтін, сурет, дәйексөздер) алу</translation>
    </message>
    <message>
        <source>Only read the file and report; subscribe to nothing.</source>
        <translation>Тек файлды оқып, хабарлау; ештеңеге жазылмау.</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file (any reader&apos;s export) or a Newsboat urls file.</source>
        <translation>OPML файлындағы (кез келген оқырманның экспорты) немесе Newsboat urls файлындағы таспаларға жазылу.</translation>
    </message>
    <message>
        <source>import needs one file</source>
        <translation>import үшін бір файл керек</translation>
    </message>
    <message>
        <source>%1 is too large for a list of subscriptions</source>
        <translation>%1 жазылымдар тізімі үшін тым үлкен</translation>
    </message>
    <message>
        <source>%1 subscriptions added, %2 already there, %3 skipped</source>
        <translation>қосылған жазылымдар: %1, бұрыннан бар: %2, өткізілді: %3</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>өткізілді: %1</translation>
    </message>
    <message>
        <source>Find the feeds of a site or page (the address itself, the feeds its page announces, or the usual places).</source>
        <translation>Сайттың немесе беттің таспаларын табу (мекенжайдың өзі, бетте жарияланған таспалар немесе әдеттегі орындар).</translation>
    </message>
    <message>
        <source>discover needs one URL</source>
        <translation>discover үшін бір мекенжай керек</translation>
    </message>
    <message>
        <source>Write the subscriptions as OPML 2.0 (to FILE, or to standard output).</source>
        <translation>Жазылымдарды OPML 2.0 пішімінде жазу (ФАЙЛҒА немесе стандартты шығысқа).</translation>
    </message>
    <message>
        <source>Oqy subscriptions</source>
        <translation>Oqy жазылымдары</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>find the feeds of a site or page</source>
        <translation>сайттың немесе беттің таспаларын табу</translation>
    </message>
    <message>
        <source>subscribe to an OPML or urls file&apos;s feeds</source>
        <translation>OPML немесе urls файлындағы таспаларға жазылу</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML</source>
        <translation>жазылымдарды OPML ретінде жазу</translation>
    </message>
    <message>
        <source>The base for relative links.</source>
        <translation>Салыстырмалы сілтемелердің негізі.</translation>
    </message>
    <message>
        <source>Print an HTML fragment (UTF-8) as the reader pane would get it.</source>
        <translation>HTML үзіндісін (UTF-8) оқу панелі алатындай етіп шығару.</translation>
    </message>
    <message>
        <source>sanitize needs one file</source>
        <translation>sanitize үшін бір файл керек</translation>
    </message>
    <message>
        <source>Sanitise every .html file of IN into OUT (same names).</source>
        <translation>IN ішіндегі әр .html файлын тазартып, OUT ішіне жазу (атаулары сол күйі).</translation>
    </message>
    <message>
        <source>sanitize-dir needs an input and an output folder</source>
        <translation>sanitize-dir үшін кіріс және шығыс қалталары керек</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 жоқ</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 жасалмады</translation>
    </message>
    <message>
        <source>cannot process %1</source>
        <translation>%1 өңделмеді</translation>
    </message>
    <message>
        <source>sanitise an HTML fragment as the reader pane does</source>
        <translation>HTML үзіндісін оқу панелі сияқты тазарту</translation>
    </message>
    <message>
        <source>sanitise a folder of HTML fragments</source>
        <translation>HTML үзінділері бар қалтаны тазарту</translation>
    </message>
    <message>
        <source>ignoring the site rules in %1</source>
        <translation>%1 ішіндегі сайт ережелері өткізіліп жіберілді</translation>
    </message>
    <message>
        <source>Only the feeds: do not fetch article pages and photos for offline reading.</source>
        <translation>Тек таспалар: желісіз оқу үшін мақала беттері мен суреттерді жүктемеу.</translation>
    </message>
    <message>
        <source>offline: %1 article pages and %2 photos saved, %3 failed, %4 KB downloaded</source>
        <translation>желісіз: сақталған мақала беттері — %1, суреттер — %2, сәтсіз — %3, жүктелді %4 КБ</translation>
    </message>
    <message>
        <source>last success: %1, next try: %2</source>
        <translation>соңғы сәтті жаңарту: %1, келесі әрекет: %2</translation>
    </message>
    <message>
        <source>Set how often a feed is refreshed automatically (0: the default).</source>
        <translation>Арнаның автоматты жаңарту жиілігін орнату (0 — әдепкі).</translation>
    </message>
    <message>
        <source>interval needs a feed id and a number of minutes</source>
        <translation>interval үшін арна нөмірі мен минут саны керек</translation>
    </message>
    <message>
        <source>set a feed&apos;s refresh interval</source>
        <translation>арнаның жаңарту аралығын орнату</translation>
    </message>
    <message>
        <source>Only the feeds whose time has come (their interval, or back-off after failures): for cron and timers.</source>
        <translation>Тек уақыты келген арналар (өз аралығы немесе қателерден кейінгі үзіліс бойынша): cron мен таймерлер үшін.</translation>
    </message>
    <message>
        <source>%1 (%2): not asked: its server asked Oqy to wait until %3</source>
        <translation>%1 (%2): сұралмады: сервері Oqy-ден %3 дейін күтуді өтінді</translation>
    </message>
    <message>
        <source>, %1 waiting as their servers asked</source>
        <translation>, %1 арна серверлерінің өтініші бойынша күтуде</translation>
    </message>
    <message>
        <source>Also print how late the event loop ran meanwhile (for benchmarks).</source>
        <translation>Сонымен бірге оқиғалар циклі қаншалықты кешіккенін көрсету (өнімділікті өлшеу үшін).</translation>
    </message>
    <message>
        <source>Remove the oldest articles until texts and photos fit in MB megabytes.</source>
        <translation>Мәтіндер мен фотолар MB мегабайтқа сыйғанша ең ескі мақалаларды өшіру.</translation>
    </message>
    <message>
        <source>Remove old articles and their photos; bookmarked ones always stay.</source>
        <translation>Ескі мақалалар мен олардың фотоларын өшіру; бетбелгідегі мақалалар әрқашан қалады.</translation>
    </message>
    <message>
        <source>--days needs a number of days</source>
        <translation>--days үшін күн саны керек</translation>
    </message>
    <message>
        <source>--max-mb needs a number of megabytes</source>
        <translation>--max-mb үшін мегабайт саны керек</translation>
    </message>
    <message>
        <source>say what to keep: --days, --max-mb or both</source>
        <translation>не сақталатынын көрсетіңіз: --days, --max-mb немесе екеуі де</translation>
    </message>
    <message>
        <source>removed %1 articles and %2 photos, %3 MB freed</source>
        <translation>%1 мақала және %2 фото өшірілді, %3 МБ босатылды</translation>
    </message>
    <message>
        <source>remove old articles (retention)</source>
        <translation>ескі мақалаларды өшіру (сақтау мерзімі)</translation>
    </message>
    <message>
        <source>Tag a UTF-8 text (one article; its first line is the title) with the regions of Kazakhstan it is about.</source>
        <translation>UTF-8 мәтіннің (бір мақала; бірінші жолы — тақырып) Қазақстанның қай өңірлері туралы екенін анықтау.</translation>
    </message>
    <message>
        <source>regions needs one file</source>
        <translation>regions үшін бір файл керек</translation>
    </message>
    <message>
        <source>Only outlets of these regions (comma-separated slugs; &apos;national&apos; for the country-wide ones).</source>
        <translation>Тек осы өңірлердің басылымдары (кодтар үтір арқылы; national — республикалық басылымдар).</translation>
    </message>
    <message>
        <source>List the outlet directory that ships with Oqy.</source>
        <translation>Oqy-мен бірге келетін басылымдар анықтамалығын көрсету.</translation>
    </message>
    <message>
        <source>Every outlet of these regions (comma-separated slugs).</source>
        <translation>Осы өңірлердің барлық басылымдары (кодтар үтір арқылы).</translation>
    </message>
    <message>
        <source>Subscribe to outlets from the directory (see oqy-cli outlets).</source>
        <translation>Анықтамалықтағы басылымдарға жазылу (oqy-cli outlets қараңыз).</translation>
    </message>
    <message>
        <source>there is no outlet &quot;%1&quot; in the directory</source>
        <translation>анықтамалықта «%1» басылымы жоқ</translation>
    </message>
    <message>
        <source>name outlets or --region</source>
        <translation>басылымдарды немесе --region көрсетіңіз</translation>
    </message>
    <message>
        <source>tag a text with the regions it is about</source>
        <translation>мәтіннің қай өңірлер туралы екенін анықтау</translation>
    </message>
    <message>
        <source>list the outlet directory</source>
        <translation>басылымдар анықтамалығын көрсету</translation>
    </message>
    <message>
        <source>subscribe to outlets from the directory</source>
        <translation>анықтамалықтағы басылымдарға жазылу</translation>
    </message>
    <message>
        <source>At most N articles (default 50).</source>
        <translation>Ең көбі N мақала (әдепкі 50).</translation>
    </message>
    <message>
        <source>Search the stored articles, best first: words in any form (Russian or Kazakh, Cyrillic or Latin), &quot;phrases&quot;, prefix*, -exclusion.</source>
        <translation>Сақталған мақалалардан іздеу, ең сәйкесі алдымен: кез келген формадағы сөздер (орысша не қазақша, кириллица не латын), &quot;тіркестер&quot;, префикс*, -алып тастау.</translation>
    </message>
    <message>
        <source>search needs a query</source>
        <translation>search үшін сұрау керек</translation>
    </message>
    <message>
        <source>the query has nothing to look for</source>
        <translation>сұрауда іздейтін ештеңе жоқ</translation>
    </message>
    <message>
        <source>search the stored articles</source>
        <translation>сақталған мақалалардан іздеу</translation>
    </message>
    <message>
        <source>Write a browser bookmarks file (HTML) instead of Oqy&apos;s JSON archive.</source>
        <translation>Oqy JSON мұрағатының орнына браузер бетбелгілері файлын (HTML) жазу.</translation>
    </message>
    <message>
        <source>Write the bookmarks, with their full text and notes, to a file.</source>
        <translation>Бетбелгілерді толық мәтінімен және жазбаларымен файлға жазу.</translation>
    </message>
    <message>
        <source>export-bookmarks needs one file</source>
        <translation>export-bookmarks үшін бір файл керек</translation>
    </message>
    <message>
        <source>Restore bookmarks from an archive written by export-bookmarks.</source>
        <translation>export-bookmarks жазған мұрағаттан бетбелгілерді қалпына келтіру.</translation>
    </message>
    <message>
        <source>import-bookmarks needs one file</source>
        <translation>import-bookmarks үшін бір файл керек</translation>
    </message>
    <message>
        <source>%1 is too large for a bookmark archive</source>
        <translation>%1 бетбелгілер мұрағаты үшін тым үлкен</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 bookmarks restored (%2 articles added)</source>
        <translation>%1 бетбелгі қалпына келтірілді (%2 мақала қосылды)</translation>
    </message>
    <message>
        <source>write the bookmarks to a file</source>
        <translation>бетбелгілерді файлға жазу</translation>
    </message>
    <message>
        <source>restore bookmarks from an archive</source>
        <translation>мұрағаттан бетбелгілерді қалпына келтіру</translation>
    </message>
    <message>
        <source>the backup of bookmarks and subscriptions was not updated: %1</source>
        <translation>бетбелгілер мен жазылымдардың сақтық көшірмесі жаңартылмады: %1</translation>
    </message>
    <message>
        <source>Rewrite the database to its smallest size; later removals then give space back by themselves. Needs as much free disk as the database takes.</source>
        <translation>Дерекқорды ең кіші көлемге дейін қайта жазу; содан кейін мақалаларды жою орынды өзі босатады. Дискіде дерекқор алатындай бос орын керек.</translation>
    </message>
    <message>
        <source>database %1 MB → %2 MB</source>
        <translation>дерекқор: %1 МБ → %2 МБ</translation>
    </message>
    <message>
        <source>shrink the database file</source>
        <translation>дерекқор файлын кішірейту</translation>
    </message>
    <message>
        <source>the feed is removed, but its password could not be removed from the system keychain: %1</source>
        <translation>таспа жойылды, бірақ оның құпиясөзін жүйелік кілттер қоймасынан жою мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The user name; the password is read from standard input.</source>
        <translation>Пайдаланушы аты; құпиясөз стандартты кірістен оқылады.</translation>
    </message>
    <message>
        <source>Send this header (e.g. Cookie) with the feed&apos;s requests; its value is read from standard input.</source>
        <translation>Бұл тақырыпшаны (мысалы, Cookie) таспа сұрауларымен жіберу; мәні стандартты кірістен оқылады.</translation>
    </message>
    <message>
        <source>Forget the feed&apos;s credentials.</source>
        <translation>Таспаның тіркелгі деректерін ұмыту.</translation>
    </message>
    <message>
        <source>Keep a feed&apos;s user name and password (or token header) in the system keychain.</source>
        <translation>Таспаның пайдаланушы аты мен құпиясөзін (немесе токен тақырыпшасын) жүйелік кілттер қоймасында сақтау.</translation>
    </message>
    <message>
        <source>auth needs one feed id</source>
        <translation>auth үшін бір таспа идентификаторы керек</translation>
    </message>
    <message>
        <source>say --user NAME or --header NAME (or --remove)</source>
        <translation>--user АТЫ немесе --header АТЫ (немесе --remove) көрсетіңіз</translation>
    </message>
    <message>
        <source>no secret on standard input</source>
        <translation>стандартты кірісте құпия жоқ</translation>
    </message>
    <message>
        <source>keep a feed&apos;s credentials in the system keychain</source>
        <translation>таспаның тіркелгі деректерін жүйелік кілттер қоймасында сақтау</translation>
    </message>
    <message>
        <source>Store them with: oqy-cli auth %1 --user NAME (the password is read from standard input).</source>
        <translation>Оларды мына командамен сақтаңыз: oqy-cli auth %1 --user АТЫ (құпиясөз стандартты кірістен оқылады).</translation>
    </message>
    <message>
        <source>account add needs the server&apos;s address</source>
        <translation>account add: сервер мекенжайын көрсетіңіз</translation>
    </message>
    <message>
        <source>say --user NAME (the password is read from standard input)</source>
        <translation>--user АТЫ деп көрсетіңіз (құпиясөз стандартты кірістен оқылады)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>стандартты кірісте құпиясөз жоқ</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>account remove needs one account id</source>
        <translation>account remove: бір тіркелгі нөмірін көрсетіңіз</translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>%1 тіркелгісі жоқ</translation>
    </message>
    <message>
        <source>add: the user name; the password is read from standard input.</source>
        <translation>add: пайдаланушы аты; құпиясөз стандартты кірістен оқылады.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON шығару.</translation>
    </message>
    <message>
        <source>Sync accounts on a Tiny Tiny RSS server: add SERVER --user NAME, list, remove ID.</source>
        <translation>Tiny Tiny RSS серверіндегі синхрондау тіркелгілері: add СЕРВЕР --user АТЫ, list, remove НӨМІР.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: add, list or remove</source>
        <translation>белгісіз әрекет «%1»: add, list немесе remove</translation>
    </message>
    <message>
        <source>Sync only account ID.</source>
        <translation>Тек НӨМІР тіркелгісін синхрондау.</translation>
    </message>
    <message>
        <source>Sync subscriptions, read marks and bookmarks with the accounts&apos; servers (oqy-cli refresh then fetches the new articles&apos; pages and photos).</source>
        <translation>Жазылымдарды, оқылды белгілерін және бетбелгілерді тіркелгілердің серверлерімен синхрондау (кейін oqy-cli refresh жаңа мақалалардың беттері мен фотоларын жүктейді).</translation>
    </message>
    <message>
        <source>no sync account: add one with oqy-cli account add SERVER --user NAME</source>
        <translation>синхрондау тіркелгісі жоқ: oqy-cli account add СЕРВЕР --user АТЫ командасымен қосыңыз</translation>
    </message>
    <message>
        <source>%1@%2: %3 new articles, %4 marks sent, %5 taken; feeds %6 added, %7 removed; %8 subscriptions and %9 unsubscriptions sent</source>
        <translation>%1@%2: жаңа мақалалар: %3; белгілер жіберілді: %4, алынды: %5; арналар қосылды: %6, жойылды: %7; жазылымдар жіберілді: %8, бас тартулар: %9</translation>
    </message>
    <message>
        <source>sync accounts on a Tiny Tiny RSS server</source>
        <translation>Tiny Tiny RSS серверіндегі синхрондау тіркелгілері</translation>
    </message>
    <message>
        <source>sync subscriptions, read marks and bookmarks with the accounts</source>
        <translation>жазылымдарды, белгілерді және бетбелгілерді тіркелгілермен синхрондау</translation>
    </message>
    <message>
        <source>Subscribe through sync account ID (sent to its server at the next sync).</source>
        <translation>НӨМІР синхрондау тіркелгісі арқылы жазылу (серверге келесі синхрондауда жіберіледі).</translation>
    </message>
    <message>
        <source>Put it in this folder.</source>
        <translation>Осы қалтаға салу.</translation>
    </message>
    <message>
        <source>a sync account takes feeds, not news-list pages</source>
        <translation>синхрондау тіркелгісі жаңалықтар тізімінің беттерін емес, арналарды қабылдайды</translation>
    </message>
    <message>
        <source>Store the address as the feed without downloading it first.</source>
        <translation>Мекенжайды алдымен жүктемей, таспа ретінде сақтау.</translation>
    </message>
    <message>
        <source>Subscribe to a feed, or to the feed of a site or page, and print its id. A page without a feed that lists news is read as a news-list page. A user name and password in the address go to the system keychain.</source>
        <translation>Таспаға немесе сайттың не беттің таспасына жазылып, оның нөмірін шығару. Таспасы жоқ, бірақ жаңалықтар тізімі бар бет жаңалықтар тізімі беті ретінде оқылады. Мекенжайдағы пайдаланушы аты мен құпиясөз жүйелік кілттер қоймасына сақталады.</translation>
    </message>
    <message>
        <source>--account needs an account id (see oqy-cli account list)</source>
        <translation>--account үшін тіркелгі нөмірі керек (oqy-cli account list қараңыз)</translation>
    </message>
    <message numerus="yes">
        <source>%1 announces no feed; it lists %n news item(s), so it is read as a news-list page.</source>
        <translation>
            <numerusform>%1 таспа жарияламайды; бетте %n жаңалық бар, сондықтан ол жаңалықтар тізімі беті ретінде оқылады.</numerusform>
            <numerusform>%1 таспа жарияламайды; бетте %n жаңалық бар, сондықтан ол жаңалықтар тізімі беті ретінде оқылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>subscribed to the feed %1</source>
        <translation>%1 таспасына жазылды</translation>
    </message>
    <message>
        <source>the page also announces %1 (oqy-cli add %2)</source>
        <translation>бет %1 таспасын да жариялайды (oqy-cli add %2)</translation>
    </message>
    <message>
        <source>the user name and password from the address are kept in the system keychain</source>
        <translation>мекенжайдағы пайдаланушы аты мен құпиясөз жүйелік кілттер қоймасында сақталды</translation>
    </message>
    <message numerus="yes">
        <source>%1 announces no feed; it lists %n news item(s): oqy-cli add reads it as a news-list page.</source>
        <translation>
            <numerusform>%1 таспа жарияламайды; бетте %n жаңалық бар: oqy-cli add оны жаңалықтар тізімі беті ретінде оқиды.</numerusform>
            <numerusform>%1 таспа жарияламайды; бетте %n жаңалық бар: oqy-cli add оны жаңалықтар тізімі беті ретінде оқиды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove articles received (or published, when later) more than DAYS days ago.</source>
        <translation>DAYS күннен бұрын алынған (немесе кейінірек болса, жарияланған) мақалаларды жою.</translation>
    </message>
    <message>
        <source>stopped at its deadline: %1</source>
        <translation>мерзімі өткендіктен тоқтатылды: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>News reader for Kazakhstan&apos;s regional outlets.</source>
        <translation>Қазақстанның өңірлік басылымдарының жаңалықтарын оқу.</translation>
    </message>
    <message>
        <source>Keep the database, images and settings in DIR.</source>
        <translation>Дерекқорды, суреттерді және баптауларды DIR ішінде сақтау.</translation>
    </message>
    <message>
        <source>Oqy cannot start</source>
        <translation>Oqy іске қосылмады</translation>
    </message>
    <message>
        <source>The database in %1 cannot be opened:
%2</source>
        <translation>%1 ішіндегі дерекқор ашылмады:
%2</translation>
    </message>
    <message>
        <source>The database was repaired</source>
        <translation>Дерекқор қалпына келтірілді</translation>
    </message>
    <message>
        <source>Oqy is already open</source>
        <translation>Oqy ашық тұр</translation>
    </message>
    <message>
        <source>Another Oqy (process %1) is using the data folder %2 and does not answer. Close it, or start Oqy with another folder (--data-dir).</source>
        <translation>Басқа Oqy (%1 процесі) %2 деректер бумасын пайдаланып тұр және жауап бермейді. Оны жабыңыз немесе Oqy-ды басқа бумамен іске қосыңыз (--data-dir).</translation>
    </message>
</context>
<context>
    <name>oqy::AboutDialog</name>
    <message>
        <source>About Oqy</source>
        <translation>Oqy туралы</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>қоғамдық игілік</translation>
    </message>
    <message>
        <source>A news reader for Kazakhstan&apos;s regional outlets, in Russian and Kazakh. Oqy means «read!» in Kazakh.</source>
        <translation>Қазақстанның өңірлік басылымдарының жаңалықтарын орыс және қазақ тілдерінде оқуға арналған бағдарлама. Oqy — «оқы!» деген сөз.</translation>
    </message>
    <message>
        <source>Your subscriptions, articles, photos and bookmarks are kept in:</source>
        <translation>Жазылымдарыңыз, мақалаларыңыз, суреттеріңіз бен бетбелгілеріңіз мына бумада сақталады:</translation>
    </message>
    <message>
        <source>Oqy is built on these libraries, each under its own licence:</source>
        <translation>Oqy мына кітапханаларды пайдаланады, әрқайсысы өз лицензиясымен:</translation>
    </message>
    <message>
        <source>Passwords are kept only in the system keychain.</source>
        <translation>Құпиясөздер тек жүйелік кілттер қоймасында сақталады.</translation>
    </message>
</context>
<context>
    <name>oqy::AccountDialog</name>
    <message>
        <source>Sync account</source>
        <translation>Синхрондау тіркелгісі</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Keep subscriptions, read marks and bookmarks the same on every computer through your Tiny Tiny RSS server. The password is kept in the system keychain.</source>
        <translation>Жазылымдар, оқылды белгілері және бетбелгілер Tiny Tiny RSS серверіңіз арқылы барлық компьютерлеріңізде бірдей болады. Құпиясөз жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Серверді, пайдаланушы атын және құпиясөзді толтырыңыз.</translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation>Сервермен тексерілуде…</translation>
    </message>
</context>
<context>
    <name>oqy::AddFeedDialog</name>
    <message>
        <source>This is a news-list page, not a feed</source>
        <translation>Бұл таспа емес, жаңалықтар тізімі беті</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Таспа қосу</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Таспа мекенжайы</translation>
    </message>
    <message>
        <source>News-list page</source>
        <translation>Жаңалықтар тізімі беті</translation>
    </message>
    <message>
        <source>For outlets without RSS: Oqy finds the article links on the page.</source>
        <translation>RSS жоқ басылымдар үшін: Oqy беттегі мақала сілтемелерін өзі табады.</translation>
    </message>
    <message>
        <source>Address hint</source>
        <translation>Мекенжай туралы кеңес</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжай:</translation>
    </message>
    <message>
        <source>Feeds of this page</source>
        <translation>Осы беттің таспалары</translation>
    </message>
    <message>
        <source>Paste the address of a feed, or of the outlet&apos;s site or news page: Oqy finds the feed behind it.</source>
        <translation>Таспаның, басылым сайтының немесе жаңалықтар бетінің мекенжайын қойыңыз: Oqy оның артындағы таспаны табады.</translation>
    </message>
    <message>
        <source>Looking for the feed…</source>
        <translation>Таспа ізделуде…</translation>
    </message>
    <message numerus="yes">
        <source>This site has %n feeds: choose one, then OK.</source>
        <translation>
            <numerusform>Бұл сайтта %n таспа бар: біреуін таңдап, OK басыңыз.</numerusform>
            <numerusform>Бұл сайтта %n таспа бар: біреуін таңдап, OK басыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No feed found here, but the page lists %n news item(s): Oqy will read it as a news-list page. OK subscribes to it.</source>
        <translation>
            <numerusform>Мұнда таспа жоқ, бірақ бетте %n жаңалық бар: Oqy оны жаңалықтар тізімі беті ретінде оқиды. OK — жазылу.</numerusform>
            <numerusform>Мұнда таспа жоқ, бірақ бетте %n жаңалық бар: Oqy оны жаңалықтар тізімі беті ретінде оқиды. OK — жазылу.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
OK adds the address anyway; Oqy tries it at every refresh.</source>
        <translation>%1
OK мекенжайды бәрібір қосады; Oqy әр жаңартуда қайта көреді.</translation>
    </message>
</context>
<context>
    <name>oqy::ArticleListModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>Оқылмаған: %1</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1, бетбелгіде</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
</context>
<context>
    <name>oqy::CredentialsDialog</name>
    <message>
        <source>&amp;User name and password</source>
        <translation>&amp;Пайдаланушы аты және құпиясөз</translation>
    </message>
    <message>
        <source>Credentials for %1</source>
        <translation>%1 үшін тіркелгі деректері</translation>
    </message>
    <message>
        <source>Oqy keeps them in the system keychain only, never in its own files.</source>
        <translation>Oqy оларды тек жүйелік кілттер қоймасында сақтайды, ешқашан өз файлдарында емес.</translation>
    </message>
    <message>
        <source>A &amp;header (subscription cookie or token)</source>
        <translation>&amp;Тақырыпша (жазылым cookie-і немесе токен)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Пайдаланушы &amp;аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Тақырыпша аты</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Тақырыпша мәні</translation>
    </message>
    <message>
        <source>Header n&amp;ame:</source>
        <translation>Тақырыпша а&amp;ты:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Мәні:</translation>
    </message>
</context>
<context>
    <name>oqy::FeedRefresher</name>
    <message>
        <source>This feed&apos;s password is in the system keychain, which Oqy cannot use here.</source>
        <translation>Бұл таспаның құпиясөзі жүйелік кілттер қоймасында, Oqy оны мұнда пайдалана алмайды.</translation>
    </message>
</context>
<context>
    <name>oqy::FeedTreeModel</name>
    <message>
        <source>Feeds</source>
        <translation>Таспалар</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Барлық мақалалар</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Оқылмағандар</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Бетбелгілер</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Жазылымдар</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n оқылмаған</numerusform>
            <numerusform>%1, %n оқылмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Соңғы сәтті жаңарту: %1</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Соңғы жаңарту сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Келесі әрекет: %1</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
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
        <translation>Жаңартылуда: %2 таспаның %1-і</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>Диск толы</translation>
    </message>
    <message>
        <source>Could not read the article list: %1</source>
        <translation>Мақалалар тізімі оқылмады: %1</translation>
    </message>
    <message>
        <source>Add a feed to start reading (Feeds → Add feed…).</source>
        <translation>Оқуды бастау үшін таспа қосыңыз (Таспалар → Таспа қосу…).</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Таспалар</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Мақалалар</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Мақалалардан іздеу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Жаңарту барысы</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Таспалар</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Мақала</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Барлығын жаңарту</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Таспа &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Бетбелгі</translation>
    </message>
    <message>
        <source>&amp;Mark read/unread</source>
        <translation>&amp;Оқылды/оқылмады</translation>
    </message>
    <message>
        <source>&amp;Open original</source>
        <translation>Түпнұсқасын &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Келесі мақала</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Алдыңғы мақала</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Сүзгілерді &amp;тазарту</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Оқу үшін мақаланы таңдаңыз.</translation>
    </message>
    <message>
        <source>No articles here.</source>
        <translation>Мұнда мақала жоқ.</translation>
    </message>
    <message>
        <source>This article is no longer stored.</source>
        <translation>Бұл мақала енді сақталмайды.</translation>
    </message>
    <message>
        <source>Could not read the article: %1</source>
        <translation>Мақала оқылмады: %1</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Бетбелгіге қосылды.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Бетбелгі алынды.</translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation>Бетбелгі сақталмады: %1</translation>
    </message>
    <message>
        <source>There is nothing to refresh yet: add a feed first.</source>
        <translation>Әзірге жаңартатын ештеңе жоқ: алдымен таспа қосыңыз.</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Таспа қосу</translation>
    </message>
    <message>
        <source>The feed was not added: %1</source>
        <translation>Таспа қосылмады: %1</translation>
    </message>
    <message>
        <source>Feed added; downloading it…</source>
        <translation>Таспа қосылды, жүктелуде…</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Соңғы жаңарту сәтсіз: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation>
            <numerusform>%n жаңа мақала</numerusform>
            <numerusform>%n жаңа мақала</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed — see the warning icons</source>
        <translation>
            <numerusform>%n таспа қатемен — ескерту белгілерін қараңыз</numerusform>
            <numerusform>%n таспа қатемен — ескерту белгілерін қараңыз</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import subscriptions…</source>
        <translation>Жазылымдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export subscriptions…</source>
        <translation>Жазылымдарды &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Жазылымдарды импорттау</translation>
    </message>
    <message>
        <source>OPML or Newsboat urls (*.opml *.xml urls);;All files (*)</source>
        <translation>OPML немесе Newsboat urls (*.opml *.xml urls);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 оқылмады.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported.</source>
        <translation>
            <numerusform>%n жазылым импортталды.</numerusform>
            <numerusform>%n жазылым импортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Жазылымдарды экспорттау</translation>
    </message>
    <message>
        <source>OPML (*.opml)</source>
        <translation>OPML (*.opml)</translation>
    </message>
    <message>
        <source>Oqy subscriptions</source>
        <translation>Oqy жазылымдары</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
    <message>
        <source>Saving for offline reading: %1 of %2</source>
        <translation>Желісіз оқу үшін сақталуда: %2 ішінен %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n сурет</numerusform>
            <numerusform>%n сурет</numerusform>
        </translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Желісіз жұмыс</translation>
    </message>
    <message>
        <source>Nothing is downloaded while this is on; everything stored stays readable.</source>
        <translation>Бұл қосулы тұрғанда ештеңе жүктелмейді; сақталғанның бәрі оқуға қолжетімді.</translation>
    </message>
    <message>
        <source>Working offline: nothing is downloaded.</source>
        <translation>Желісіз жұмыс: ештеңе жүктелмейді.</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>Желі қайта қосылды.</translation>
    </message>
    <message>
        <source>Working offline: nothing is downloaded. Turn off Feeds → Work offline to refresh.</source>
        <translation>Желісіз жұмыс: ештеңе жүктелмейді. Жаңарту үшін Таспалар → Желісіз жұмыс дегенді өшіріңіз.</translation>
    </message>
    <message>
        <source>Old articles could not be removed: %1</source>
        <translation>Ескі мақалаларды өшіру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Add &amp;outlet…</source>
        <translation>&amp;Басылым қосу…</translation>
    </message>
    <message>
        <source>Welcome to Oqy. Tick the regions you follow (or single outlets); their news will come in and stay readable offline. You can add more later with Feeds → Add outlet…</source>
        <translation>Oqy-ге қош келдіңіз. Өзіңіз қадағалайтын өңірлерді (немесе жеке басылымдарды) белгілеңіз: олардың жаңалықтары жүктеліп, желісіз де оқуға қолжетімді болады. Басқаларын кейін қосуға болады: Таспалар → Басылым қосу…</translation>
    </message>
    <message>
        <source>Tick the outlets to subscribe to.</source>
        <translation>Жазылғыңыз келетін басылымдарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Add outlet</source>
        <translation>Басылым қосу</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Ештеңе қосылмады: %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор зақымдалған</translation>
    </message>
    <message>
        <source>Oqy found damage in its database (%1). Restart Oqy to repair it: your subscriptions and bookmarks are kept in a backup and come back, articles with the next refresh.</source>
        <translation>Oqy дерекқордан зақым тапты (%1). Оны қалпына келтіру үшін Oqy-ды қайта іске қосыңыз: жазылымдар мен бетбелгілер сақтық көшірмеде сақталған және қайтады, мақалалар — келесі жаңартуда.</translation>
    </message>
    <message>
        <source>Bookmark &amp;note…</source>
        <translation>Бетбелгіге &amp;жазба…</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>Бетбелгіге жазба</translation>
    </message>
    <message>
        <source>A note to keep with this bookmark (it goes with bookmark exports too):</source>
        <translation>Осы бетбелгімен сақталатын жазба (бетбелгілерді экспорттағанда да бірге кетеді):</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Жазба сақталмады: %1</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Сілтеме көшірілді.</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>&amp;Барлығын оқылған деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Undo mark all read</source>
        <translation>Барлығын оқылған деп белгілеуді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Next &amp;unread article</source>
        <translation>Келесі &amp;оқылмаған мақала</translation>
    </message>
    <message>
        <source>Scroll, then next &amp;unread</source>
        <translation>Айналдыру, содан кейін келесі о&amp;қылмағанға</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n мақала оқылған деп белгіленді. Болдырмау: Ctrl+Z.</numerusform>
            <numerusform>%n мақала оқылған деп белгіленді. Болдырмау: Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) unread again.</source>
        <translation>
            <numerusform>%n мақала қайта оқылмаған болды.</numerusform>
            <numerusform>%n мақала қайта оқылмаған болды.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Тіркелгі деректері…</translation>
    </message>
    <message>
        <source>Select a feed first.</source>
        <translation>Алдымен таспаны таңдаңыз.</translation>
    </message>
    <message>
        <source>This feed&apos;s server asks for credentials.</source>
        <translation>Бұл таспаның сервері тіркелгі деректерін сұрайды.</translation>
    </message>
    <message>
        <source>Credentials not saved</source>
        <translation>Тіркелгі деректері сақталмады</translation>
    </message>
    <message>
        <source>Proxy password not saved</source>
        <translation>Прокси құпиясөзі сақталмады</translation>
    </message>
    <message>
        <source>The proxy password could not be read: %1</source>
        <translation>Прокси құпиясөзін оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>&amp;Sync account…</source>
        <translation>&amp;Синхрондау тіркелгісі…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Синхрондау сәтсіз: %1</translation>
    </message>
    <message>
        <source>Sync account</source>
        <translation>Синхрондау тіркелгісі</translation>
    </message>
    <message>
        <source>&amp;Oldest first</source>
        <translation>Алдымен &amp;ескілері</translation>
    </message>
    <message>
        <source>The reader pane cannot be shown:
%1</source>
        <translation>Оқу панелін көрсету мүмкін емес:
%1</translation>
    </message>
    <message>
        <source>Syncing with your accounts…</source>
        <translation>Тіркелгілермен синхрондау…</translation>
    </message>
    <message>
        <source>Downloading the news…</source>
        <translation>Жаңалықтар жүктелуде…</translation>
    </message>
    <message>
        <source>Feed added; it is downloaded when Oqy is back online.</source>
        <translation>Таспа қосылды; Oqy желіге қайта қосылғанда жүктеледі.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) skipped.</source>
        <translation>
            <numerusform>%n жазба өткізілді.</numerusform>
            <numerusform>%n жазба өткізілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscriptions exported to %1.</source>
        <translation>Жазылымдар %1 файлына экспортталды.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved for offline reading</source>
        <translation>
            <numerusform>%n мақала желісіз оқуға сақталды</numerusform>
            <numerusform>%n мақала желісіз оқуға сақталды</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>&amp;About Oqy</source>
        <translation>Oqy &amp;туралы</translation>
    </message>
    <message>
        <source>No articles here about %1. Esc clears the region filter.</source>
        <translation>Мұнда %1 туралы мақала жоқ. Esc өңір сүзгісін алып тастайды.</translation>
    </message>
    <message>
        <source>Next unread in %1.</source>
        <translation>Келесі оқылмағаны — «%1» ішінде.</translation>
    </message>
    <message>
        <source>No unread articles left.</source>
        <translation>Оқылмаған мақала қалмады.</translation>
    </message>
</context>
<context>
    <name>oqy::OutletPickerDialog</name>
    <message>
        <source>Outlets of Kazakhstan</source>
        <translation>Қазақстан басылымдары</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Outlets by region</source>
        <translation>Өңірлер бойынша басылымдар</translation>
    </message>
    <message>
        <source>Addresses come from public sources and some may have moved; a feed that fails shows its error in the tree and is easy to remove.</source>
        <translation>Мекенжайлар ашық дереккөздерден алынған, кейбірі өзгерген болуы мүмкін; қатесі бар арнаның себебі ағашта көрінеді, оны оңай өшіруге болады.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Жазылу</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Бүкіл ел</translation>
    </message>
</context>
<context>
    <name>oqy::RegionFilterButton</name>
    <message>
        <source>Region filter</source>
        <translation>Өңір сүзгісі</translation>
    </message>
    <message>
        <source>Show only articles about the ticked regions</source>
        <translation>Тек белгіленген өңірлер туралы мақалаларды көрсету</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n өңір</numerusform>
            <numerusform>%n өңір</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oqy::SettingsDialog</name>
    <message>
        <source>Mark an article read when it is selected</source>
        <translation>Мақала таңдалғанда оны оқылған деп белгілеу</translation>
    </message>
    <message>
        <source>Work offline (no downloads at all)</source>
        <translation>Желісіз жұмыс (ештеңе жүктелмейді)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Мәтін &amp;өлшемі:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Серифті</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Серифсіз</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Қаріп:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Желі</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Тек сұрағанда</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Жаңарту аралығы:</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Проксисіз</translation>
    </message>
    <message>
        <source>This HTTP proxy:</source>
        <translation>Мына HTTP-прокси:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Прокси &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>Прокси п&amp;орты:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Мәңгі</translation>
    </message>
    <message>
        <source>&amp;Keep articles:</source>
        <translation>Мақалаларды &amp;сақтау:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Шектеусіз</translation>
    </message>
    <message>
        <source>&amp;Cache at most:</source>
        <translation>&amp;Кэш ең көбі:</translation>
    </message>
    <message>
        <source>Bookmarks, and unread articles within the kept days, are never removed.</source>
        <translation>Бетбелгілер мен сақтау мерзіміндегі оқылмаған мақалалар ешқашан жойылмайды.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Тіл (қайта іске қосқаннан кейін):</translation>
    </message>
    <message>
        <source>Show Oqy in the system tray, with the unread count</source>
        <translation>Oqy-ды жүйелік науада оқылмағандар санымен көрсету</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарландырулар</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Бірде-бір өңір жоқ</translation>
    </message>
    <message>
        <source>&amp;New articles in:</source>
        <translation>&amp;Жаңа мақалалар өңірлері:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Прокси &amp;пайдаланушысы:</translation>
    </message>
    <message>
        <source>(kept in the system keychain)</source>
        <translation>(жүйелік кілттер қоймасында сақталады)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Прокси құпия&amp;сөзі:</translation>
    </message>
</context>
<context>
    <name>oqy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
</context>
<context>
    <name>oqy::TrayIcon</name>
    <message numerus="yes">
        <source>Oqy: %n unread article(s)</source>
        <translation>
            <numerusform>Oqy: %n оқылмаған мақала</numerusform>
            <numerusform>Oqy: %n оқылмаған мақала</numerusform>
        </translation>
    </message>
    <message>
        <source>Oqy</source>
        <translation>Oqy</translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) in %1</source>
        <translation>
            <numerusform>%1: %n жаңа мақала</numerusform>
            <numerusform>%1: %n жаңа мақала</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Tiny Tiny RSS could not subscribe to it (code %1%2).</source>
        <translation>Tiny Tiny RSS оған жазыла алмады (код %1%2).</translation>
    </message>
    <message>
        <source>The server at %1 did not open a session.</source>
        <translation>%1 сервері сеанс ашпады.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer too big to be Tiny Tiny RSS&apos;s.</source>
        <translation>%1 сервері Tiny Tiny RSS үшін тым үлкен жауап жіберді.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time; Oqy will try again later.</source>
        <translation>%1 сервері уақытында жауап бермеді; Oqy кейін қайталайды.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2); Oqy will try again later.</source>
        <translation>%1 серверіне қосылу мүмкін емес (%2); Oqy кейін қайталайды.</translation>
    </message>
    <message>
        <source>There is no Tiny Tiny RSS at %1 (the address gives “not found”).</source>
        <translation>%1 мекенжайында Tiny Tiny RSS жоқ (мекенжай «табылмады» деп жауап береді).</translation>
    </message>
    <message>
        <source>The server at %1 answered with an error (HTTP %2); Oqy will try again later.</source>
        <translation>%1 сервері қатемен жауап берді (HTTP %2); Oqy кейін қайталайды.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer like Tiny Tiny RSS: is the address right?</source>
        <translation>%1 сервері Tiny Tiny RSS сияқты жауап бермеді: мекенжай дұрыс па?</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 refused the user name or password.</source>
        <translation>%1 мекенжайындағы Tiny Tiny RSS пайдаланушы атын немесе құпиясөзді қабылдамады.</translation>
    </message>
    <message>
        <source>The API is switched off for this user at %1: turn on “Enable API” in Tiny Tiny RSS&apos;s preferences.</source>
        <translation>%1 мекенжайында бұл пайдаланушы үшін API өшірулі: Tiny Tiny RSS баптауларында «Enable API» қосыңыз.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 ended the session.</source>
        <translation>%1 мекенжайындағы Tiny Tiny RSS сеансты аяқтады.</translation>
    </message>
    <message>
        <source>Tiny Tiny RSS at %1 refused the request (%2).</source>
        <translation>%1 мекенжайындағы Tiny Tiny RSS сұрауды қабылдамады (%2).</translation>
    </message>
</context>
</TS>
