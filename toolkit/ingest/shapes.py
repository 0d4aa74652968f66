"""What a single page line looks like: prose, a headline, or one of the shapes of site chrome.

These predicates describe shapes and word classes (a skip link, a numbered utility menu, a
breadcrumb, a label/value metadata line, an attachment, a share toolbar, a comment form),
never the wording of particular sites, so they apply to pages of sites nobody described.
The same idea as jusText's classes: a long line with sentence punctuation is prose; short,
link-like or label-like lines around it are chrome. `boundaries` decides with them where a
page's body starts and ends.
"""

from __future__ import annotations

import re
from functools import cache

from toolkit.ingest.dates import find_date, is_weekday

_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
# A short credit may follow ("... Friday. (Yonhap)"), or the note of the photo set in the paragraph
# ("… 개설되었다. [사진설명: … 관련보도]").
SENTENCE_END = re.compile(r"[.!?。…][\"”’»)]*(\s*\([^()]{1,20}\)|\s*\[(?i:사진|photo|foto)[^\[\]]{0,80}\])?$")

# Prose: a line a reader reads as running text rather than a label or a headline. Headlines
# are long too (200+ characters happen), so length alone makes prose only past LONG_*.
PROSE_MIN_WORDS = 6
QUOTED_PROSE_MIN_WORDS = 12  # a Korean headline quoting someone is shorter
_QUOTE_ENDS_KOREAN_SENTENCE = re.compile(r"[다요][\"”’]\s*$")
MARKED_PROSE_MIN_WORDS = 3  # "1. The summit took place." is a paragraph; "1. RSS" a menu item
LONG_CHARS = 250
LONG_CHARS_HANGUL = 120
SHORT_LABEL_WORDS = 3
KOREAN_HEADLINE_SYLLABLES = 15
_HANGUL_SYLLABLE = re.compile(r"[가-힣]")
UPPER_MIN_LETTERS = 20
UPPER_SHARE = 0.9

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_BODY_MARKER = re.compile(r"[□■ㅇ◦○※]\s*\S")

# A line of skip links and nothing else: "주메뉴 바로가기 본문 바로가기", "Skip to content Skip to footer".
_SKIP_LINKS = re.compile(r"(?:\S{1,8}\s?바로\s?가기\s*)+|(?i:(?:skip to (?:the )?\w+(?: \w+)?\s*)+)")
# Word classes of navigation: "skip to content", "go to the main menu".
_SKIP_LINK = re.compile(r"(?i)바로\s*가기|skip (to|navigation)|\b(ir|saltar|pasar)(?: directamente)? al\b|jump to|\bmen[uú] principal\b|\bver contenido\b"
                        r"|\bdirect to (?:the )?contents?\b|\bdetail view$|상세\s?(?:보기|페이지)$"
                        r"|\bgo to (?:the )?(?:contents?|navigation|main|menu)\b"
                        r"|\bmain (?:menu|content)\b|\bcontenido principal\b|\b(?:go|back) (?:to )?top\b|\b(?:volver|ir) arriba\b"
                        r"|\btop of (?:the )?page\b|\bpage top\b|\binicio de (?:la )?p[aá]gina\b|맨\s?위로|위로\s?가기")  # a link to the page's top
# Website vocabulary that only a site's own banner uses about itself.
_SITE_WORDS = re.compile(r"(?i)누리집|홈페이지|전자정부|official website|sitio (web )?oficial")
_DOMAIN = re.compile(r"(?i)(^|[\s(])\.?[a-z0-9-]*(\.[a-z0-9-]+)*\.(kr|com|org|net|gov|go|co|gob|mx|es)(\.[a-z]{2})?\b")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)](?!\d)\s*\S")  # not a date or a decimal: "3.1일", "2.5%"
_SEPARATED = re.compile(r"\s[|>›»]\s")
_FILE_NAME = re.compile(r"(?i)\S+(?: \S+){0,4}\.(gif|jpe?g|png|svg|hwpx?|pdf|docx?|xlsx?|pptx?|zip)\b(?:\?\S*)?")  # "Nepal korea meeting.jpg", "/…/placeholder.png?d=2084"
# (with the reader's tools a news page sets beside an article: listen to it, translate it)
_TOOLBAR = re.compile(
    r"(?i)\b(print|imprimir|versi[oó]n impresa|share|compart(?:ir|e)|font|facebook|twitter|instagram|youtube|whatsapp|e-?mail|"
    r"correo|scrap|listen|escuchar|translate|traducir|embed|insertar)\b|translated by|인쇄|프린트|공유|폰트|글자\s*(?:크기|크게|작게)|페이스북|트위터|"
    r"카카오|(?:url|주소|링크)\s*복사|목록|스크랩|음성\s*재생|듣기|번역|기사\s*(?:수정|등록|삭제|메일\s*전송)|"
    r"copy (?:the )?(?:link|url)|copiar (?:el )?(?:enlace|link)"  # a copy-link button
    r"|short (?:url|link)|enlace corto|단축\s*(?:url|주소)"  # the story's short address, its value a widget's
)
# A font-size picker spelled out, however long: "인쇄 메일 글씨 크기 선택 가장 작은 크기 글자 …".
_FONT_SIZE_MENU = re.compile(r"^(?:인쇄|프린트|메일|공유)\b.{0,20}(?:글씨|글자)\s*크기")
# A board's buttons in a row, however many: "크게 작게 위로 아래로 댓글로 가기 인쇄".
_KOREAN_TOOL_ROW = re.compile(r"(?:(?:크게|작게|위로|아래로|댓글로 가기|인쇄|프린트|공유|스크랩|목록|이전|다음|글자\s?크기)\s*){3,}")
_SHARE_LINE = re.compile(
    r"(?i)(compart(?:ir|e)|share|공유하기|sns)\b.{0,30}$|^(print|imprimir|인쇄|프린트)|^pin it on pinterest$"
    r"|^[가-힣A-Za-z]{2,10}\s?공유$"  # a platform's share button: "네이버 공유", "카카오톡 공유"
    r"|^(?-i:X)$"  # the button of the network once called Twitter, its name alone
    r"|^(?:suggest|send|e-?mail|recommend)(?: this| it)? to a friend\s*:?$|^(?:enviar|recomendar) a un amigo\s*:?$"  # a mail-a-friend form
)
# A table of contents widget flattened into one line: "Table of Contents FM Cho meets … Meeting with …".
_CONTENTS_WIDGET = re.compile(r"(?i)^(?:table of contents|contents|tabla de contenidos?|índice de contenidos?|목차)(?:\s|$)")
# A link's label for screen readers, saying where it opens: "Linkedin: abre ventana nueva", "X (opens in a new window)".
_NEW_WINDOW_LINK = re.compile(r"(?i)^[\w .]{1,25}[:(]\s?(?:abre (?:en )?(?:una )?(?:ventana|pestaña) nueva"
                              r"|opens in a new (?:window|tab)|새\s?창(?:으로)? 열림)\)?$")
_COMMENT_WORDS = re.compile(r"(?i)^((?:no |\(\d+\) |\d+ )?comment(?:s|\(s\))?|comment policy|commentar(?:y|ies)|(?:no hay )?comentar(ios?)?|댓글\s*(?:삭제|쓰기|달기|입력)|댓글|responder|reply"
                            r"|(?:los )?comentarios est[aá]n cerrados|comments are closed|(?:mostrar|ver) (?:los )?comentarios|(?:show|view) comments"
                            r"|(?:leave|make|post|write|add) a (?:comment|reply)|(?:deja|publica|publicar|escribe|añade) (?:un|tu) comentario"
                            r"|deja una respuesta|añadir (?:un )?nuevo comentario|add new comment|(?:답글|댓글) 남기기"
                            r"|commentaires?|(?:laissez|laisser|ajouter|écrire|écrivez) (?:un|votre) commentaire)\b")  # a French theme's
# The comment form's notice that commenting needs an account, however long.
_COMMENT_LOGIN = re.compile(r"(?i)^para (?:comentar|participar en la conversaci[oó]n)(?: (?:debes|debe|tienes que|es necesario)|,)"
                            # the form's prompts for its fields: "Por favor ingrese su comentario!", "Please enter your name here"
                            r"|^(?:por favor,? )?ingres[ae] (?:su|tu) (?:comentario|nombre|correo|e-?mail)|^please enter your (?:comment|name|e-?mail)"
                            r"|^inicie sesión o regístrese"
                            # the form's notice on the address it asks for: "이메일 주소는 공개되지 않습니다. …"
                            r"|^(?:your email address will not be published|tu (?:dirección de )?correo electrónico no será publicad[oa]"
                            r"|이메일 주소는 공개되지 않습니다)"
                            r"|^(?:you must|please) (?:log in|sign in|register|be logged in) to (?:comment|post)|^댓글을 (?:작성|쓰)(?:하)?려면"
                            r"|^(?:log ?in|sign in|register) to (?:post |leave |add )?(?:a )?comments?\b"  # "Login to post comments"
                            r"|^(?:be the first to comment|s[eé] (?:el|la) primer[oa] en comentar)\b|^로그인 후 (?:이용|댓글|작성)")
# A rating widget under the story: "Rate this item", "(0 votes)", "Valora este artículo", "(3 votos)",
# a like button ("이 기사 좋아요").
_RATING_WIDGET = re.compile(r"(?i)^(?:rate this (?:item|article|post|story)|valor[ae] est[ae] (?:art[ií]culo|noticia|nota))$"
                            r"|^(?:do|did) you (?:like|enjoy) this (?:article|story|post)\?$|^¿te gust[óa] (?:est[ae] )?(?:art[ií]culo|noticia|nota)\?$"
                            r"|^\(\d+ (?:votes?|votos?)\)$|^이 기사 (?:좋아요|추천(?:하기)?)$")
# A wire story's end mark alone on its line: "(END)" (Yonhap), "(끝)", "/끝/", "###", "-30-", "(FIN)".
_END_MARK = re.compile(r"(?i)^(?:[(\[/<–—-]\s*)?(end|끝|fin)\s*[)\]/>–—-]$|^끝$|^#{3}$|^-?\s*30\s*-$"
                       # the pager to the site's previous or next story: its headline follows, not the text
                       r"|^[«‹<]?\s*(?:(?:previous|prev|next) (?:story|article|post)|(?:artículo|noticia|nota|entrada) (?:anterior|siguiente)"
                       r"|(?:이전|다음)\s?기사)\s*[»›>]?$")
# A story's sign-off: the agencies after a dash ("-- BERNAMA-YONHAP", "— AFP"), the sources it
# was written from ("Con información de EFE", "With reporting by Reuters"), a broadcast
# reporter's ("VOA 뉴스 김현진입니다.").
_SIGN_OFF = re.compile(r"(?i)^(?:--|—|–)\s?(?-i:[A-Z][A-Z&./\- ]{1,30})$"
                       r"|^\(?(?:con información de|with (?:information|reporting) (?:from|by)|(?:additional )?reporting by) [^.()]{1,100}\)?\.?$"
                       r"|^\S{1,12} ?뉴스 [가-힣]{2,4}입니다\.?$"
                       r"|^\((?-i:[A-Z][A-Za-z]{1,14})(?:[-/ ](?-i:[A-Z][A-Za-z]{1,14}))?\)$"  # "(Yonhap)", "(AFP-Yonhap)"
                       r"|^distributed by [^.]{1,60} on behalf of [^.]{1,80}\.?$"  # a release wire's: "… by APO Group on behalf of …"
                       r"|^(?:[A-ZÁÉÍÓÚÑ][\w]+ ){0,3}con agencias\.?$")  # the desk "with agencies": "Santa Fe con agencias"
# An e-mail address: in a short line that is no sentence, a byline or a desk's contact
# ("권병석 기자 bsk730@fnnews.com", "세계일보 이우승 기자 wslee@segye.com", "Redacción / desk@site.com / Site").
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\[email\s+protected\]")  # the second: a CDN's mask over an address
CONTACT_MAX_WORDS = 8
BANNER_MAX_WORDS = 25  # a site's notice about itself is short
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_CLOCK_WITH_HALF = re.compile(r"(?i)\b\d{1,2}:\d{2}(?:\s*[ap]\.\s?m\.)?")  # "12:00 a. m.": its dots end no sentence
_TIMESTAMP = re.compile(r"(?i)^\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*[|·/–-]\s*\S")
# A site's stamp in Greenwich time, the year before the weekday and the day: "GMT 19:18 2017 Tuesday ,14 March".
_GMT_STAMP = r"GMT \d{1,2}:\d{2} (?:19|20)\d{2} [A-Z][a-z]+ ?,\s?\d{1,2} [A-Z][a-z]+"
_GMT_STAMP_ALONE = re.compile(_GMT_STAMP)
# A wire's stamp: the day, the time with its offset from UTC, the place: "October 26, 1:10 UTC+3 VIENNA".
_UTC_STAMP = re.compile(r"[A-Z][a-z]+\.? \d{1,2}, \d{1,2}:\d{2} (?:UTC|GMT)[+−-]\d{1,2}(?: [A-ZÁÉÍÓÚÑ][\w-]*){0,3}")
TIMESTAMP_MAX_WORDS = 6
_TEMPERATURE = re.compile(r"^[-−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")
# A wire's or photo's credit alone on its line, under the story or the photo: "/연합뉴스", "/ EFE",
# "[연합뉴스]", "[서울=뉴시스]", "[미디어펜=김소정 기자]" (the wire's place or the outlet and its name
# or reporter, its dateline's head printed apart).
_CREDIT_ALONE = re.compile(r"^/\s*[^\W\d_][^\s/]{1,15}$|^\[[^\[\]=\s]{1,10}=[^\[\]=]{2,16}\]$"
                           r"|^\[[^\[\]\s]{0,8}(?:뉴스|통신|일보|신문|News|NEWS)\]$"
                           # the agency's photo and the photographer: "(BIS Photo/Tim Aylen)", "EFE Foto / Ana Ruiz"
                           r"|^\(?[A-Z][A-Za-z]{1,9} (?:[Pp]hoto|[Ff]oto)s? ?/ ?[A-ZÁÉÍÓÚÑ][^()/]{1,40}\)?$"
                           # the agency and its photographers in brackets: "(Xinhua/Yin Bogu, Zhai Jianlan)"
                           r"|^\([A-Z][A-Za-z]{1,15} ?/ ?[A-ZÁÉÍÓÚÑ][^()/]{1,60}\)$"
                           r"|^(?i:image|photo|picture|imagen|foto) (?i:source|credit|fuente)\s*:\s*\S.{0,40}$")  # "Image Source : Shutterstock"
# A bar of category labels between pipes: "| Nación | Prensa | Relaciones internacionales |".
_LABEL_BAR = re.compile(r"^\|(?:[^|]{1,40}\|){2,}$")
LABEL_BAR_CELL_WORDS = 4
COMMENT_MAX_WORDS = 3
COMMENT_PROMPT_WORDS = 8  # a comment box's prompt ("댓글 첫 댓글을 작성해보세요"), shorter than a headline opening "Comment by …"
# A site asking its reader to subscribe, follow, read on, switch language or get its app:
# never the release's words.
_CALL_TO_ACTION = re.compile(
    r"(?i)\b(suscr[ií]b[ea]te|subscribe( now| to)?|sign up|reg[ií]strate|s[ií]guenos|follow (?:us|our)|"
    r"recibe (las )?(actualizaciones|noticias|notificaciones)|get (the latest )?(updates|news) (in|by|on)|"
    r"acepta (?:nuestras |las )?notificaciones|activa (?:nuestras |las )?notificaciones|^inf[oó]rmate con\b|"
    r"^read more|^leer m[aá]s|^ver m[aá]s|^show more$|^mostrar m[aá]s$|(?:view|read) (this )?(article|page|story) in (an)?other languages?|"
    r"(?:ver|leer) ((esta (nota|noticia|p[aá]gina)|este art[ií]culo) )?en otros? idiomas?|contact us|cont[aá]ct(?:en|a)nos|"
    r"(?:ponerse|p[oó]ngase) en contacto con nosotr\w*)\b|구독하기|구독\s?신청|알림 받기|앱 다운로드|앱 (?:지금 )?(?:바로 )?다운받기|^기사 더\s?보기|"
    r"(?:[úu]n[ei]te|join) (?:al canal|a nuestro canal|our channel)|"
    r"donate now|support (?:our|independent) journalism|haz (?:tu|una) donaci[oó]n|dona ahora|"  # a donation form's
    r"^what do you think\?$|^¿qu[eé] (?:opinas|piensas)\?$|wat vond je van dit artikel\?$|"  # a reactions widget's question
    r"뉴스를 만나는 (?:또 다른 )?방법|"  # the outlet's other channels: "YTN 뉴스를 만나는 또 다른 방법"
    r"^(?:see|view) (?:the )?(?:photo )?gallery$|^ver (?:la )?galer[ií]a(?: de fotos| fotogr[aá]fica)?$|^포토\s?갤러리$|"  # a gallery's link
    r"^(?:l[eé]a|lee|l[eé]alo|l[eé]elo) en [A-Z]\w+$|^read (?:it |more )?on [A-Z]\w+$|"  # the outlet's own site: "Lea en Sputnik"
    r"^(?:open|read|view|continue) (?:it |this )?in (?:the |our )?app$|^(?:download|get) (?:the|our) app$|^(?:abrir|ver|leer) en (?:la )?app$"  # an app's prompt
    r"|^descarga (?:la|nuestra) app$|^앱(?:에서|으로) (?:보기|열기|읽기)$|"
    r"만족도\s?조사|만족하십니까\?|^was this (?:page|article|information) (?:useful|helpful)\?|^¿(?:le|te) (?:fue|resultó) útil|"  # a survey widget
    r"무통장\s?입금|입금자명|기사\s?후원|후원하기|원고료로 응원|이 기사가 마음에 드시나요|"  # "무통장입금 정보입력", "입금할 금액은 … 입금자명 …"
    r"^\W{0,2}\s*(?:기사\s?)?원문\s?보기$|"  # "🔗 원문 보기": the link to the story's source
    r"다른 언어로 보기|제보가 뉴스가|제보하기|제보를 기다립니다|구독하고|채널 추가|채널 구독|기사\s?문의 및 제보|\(구독\)|^구독$|기사\s?모아\s?보기|기사\s?더\s?보기$")  # a broadcaster's tip line: "당신의 제보가 뉴스가 됩니다"
CALL_TO_ACTION_MAX_WORDS = 15
# A Korean wire headline's tag: a roundup, a flash, a second version ("(종합)", "(속보)", "(2보)").
_WIRE_HEADLINE_TAG = re.compile(r"\((?:종합|속보|상보|\d보)\d?\)\s*$")
_ATTACHMENT = re.compile(r"(?i)^(첨부\s*파일|첨부|attachments?|attached files?|(archivos? )?adjuntos?|download|descargar|다운로드)\b")
# A heading over the site's other stories: "Más contenido relacionado a esta institución",
# "Noticias relacionadas", "Related articles", "You may also like", "관련기사", "많이 본 뉴스", "Trending Now",
# "Read more:", "En tendencia:".
_RELATED = re.compile(r"(?i)^(?:(?:más |more )?(?:contenidos?|noticias|art[ií]culos|notas|entradas|publicaciones) (?:relacionad|recomendad)[oa]s?\b"
                      r"|(?:more |other )?(?:related|recommended) (?:articles?|stories|news|content|posts?|for you|links?|topics?|releases?|ministers?|contacts?)\b"
                      r"|you (?:may|might) also like"
                      r"|lea también|te puede interesar|(?:관련|추천)\s?(?:기사|뉴스)|많이 본 (?:기사|뉴스)"
                      r"|most (?:viewed|read|liked|saved|popular|shared)\b|lo más (?:visto|leído)|trending(?: now| news| stories)?$"
                      r"|(?:las )?más (?:leídas|vistas)(?: de \w+(?: \w+)?)?$"  # "Más leídas de panorama": a section's most read
                      r"|(?:실시간 )?인기\s?(?:기사|뉴스)"
                      r"|(?:other|more|latest|featured?|top) (?:news|stories|articles|posts)$|(?:otras|más|últimas) (?:noticias|notas)$"
                      r"|noticias destacadas$"
                      # a blog widget's latest posts: "Entradas recientes", "Recent Posts", "Últimas publicaciones"
                      r"|(?:entradas|publicaciones|art[ií]culos|noticias) recientes$|recent (?:posts|news|stories|articles)$"
                      r"|(?:últimas|últimos) (?:entradas|publicaciones|art[ií]culos)$"
                      # a Dutch-language partner's (Suriname, the Dutch Caribbean): "lees ook …", "meest gelezen"
                      r"|lees ook\b|meest gelezen$|redactie ?tip$|meer (?:\S+,? ){0,3}nieuws(?: »)?$"
                      r"|(?:otr[oa]s|más) (?:art[ií]culos|notas|noticias) (?:del autor|de la autora):?$"  # the writer's other stories
                      r"|(?:other|more) (?:articles|stories|posts) (?:by|from) (?:the|this) (?:author|writer):?$"
                      r"|(?:다른|최신) (?:기사|뉴스)$|lo último$"
                      # a bilingual partner's site (French beside English or Spanish): "Communiqués de presse connexes"
                      r"|(?:articles?|actualités|communiqués(?: de presse)?|nouvelles) (?:connexes|similaires|liés)$|(?:à lire|voir) aussi$"
                      r"|(?:issue |hot |trending )?(?:keywords?|tags)$|etiquetas$|temas$|(?:주요 )?키워드$|태그$"
                      # a section's other stories under its name: "Más en Política", "More in World"
                      r"|(?:más|more) (?:en|in|from) (?-i:[A-ZÁÉÍÓÚÑ]\w+(?: [A-ZÁÉÍÓÚÑ]\w+)?)$"
                      r"|(?:más|more) (?:en|in|on|about|sobre|de) (?:this |the |esta |este )?(?:section|topic|subject|story|sección|tema|asunto):?$"
                      r"|(?:(?:read|see|check) (?:more|also)|also read|en tendencia|tendencias|(?:lee|ver|vea) también|leer más):?$)")
# A site's notice about its cookies, at the top or the bottom of every page.
_COOKIE_NOTICE = re.compile(r"(?i)\bcookies?\b.*\b(?:consent\w*|consentimiento|privacidad|privacy|acept\w*|accept\w*)\b"
                            r"|\b(?:utiliza|usa|utilizamos|usamos|uses|use)\s+(?:\w+\s+)?cookies\b"  # "Este sitio web utiliza cookies propias …"
                            r"|쿠키.*(?:동의|수집|허용)")
# A site's notice about the reader's browser ("JavaScript is required for this page", "Tu navegador
# no es compatible") or about the story's age ("This article is more than 5 years old", "Este
# artículo tiene más de 3 años"): the page's, never the release's.
_BROWSER_NOTICE = re.compile(r"(?i)\bjava\s?script\b|자바\s?스크립트|\b(?:your|this) (?:web )?browser\b"
                             r"|\b(?:tu|su|este) navegador\b|브라우저(?:에서|를|가|는)")
_AGE_NOTICE = re.compile(r"(?i)^(?:this (?:article|story|page|post) is (?:more|over) than"
                         r"|(?:este|esta) (?:artículo|nota|noticia|publicación) tiene más de) \S+ (?:years?|months?|años?|meses)\b")
# A registration or subscription wall: "Register for free to continue reading", "Suscríbete para
# seguir leyendo", "계속 읽으려면 로그인하세요"; what follows it is the wall's, not the story's.
READING_WALL_WORDS = 12  # the wall's prompt is short; a sentence of the story may say "to continue reading"
_READING_WALL = re.compile(r"(?i)\b(?:to (?:continue|keep) reading|para (?:seguir|continuar) leyendo)\b"
                           r"|계속 (?:읽으|보시)려면|^(?:already have an account\?|¿ya tienes (?:una )?cuenta\?)")
RELATED_MAX_WORDS = 6
_COPYRIGHT_NOTICE = re.compile(r"(?i)^(?:copyright\b|[©ⓒ]\s*(?:19|20)\d{2}\b).{0,80}?(?:all rights reserved|derechos reservados|무단\s*전재)"
                               r"|^(?:all rights reserved|(?:todos los )?derechos reservados)\b")  # "All rights reserved for … Department"
_COPYRIGHT = re.compile(r"(?i)[©ⓒ]|\(c\)\s*\d{4}|^\W*copyright\b|all rights reserved|derechos reservados|무단\s*전재")
COPYRIGHT_MAX_WORDS = 15
# five words or more, then the mark, perhaps after the photo's date and source ("… 있다. 2021.1.14/뉴스1 © News1 이성철 기자")
_CREDITED_SENTENCE = re.compile(r"(?:\S+\s+){4,}\S*[.!?。다]\s*(?:\S+\s+){0,2}[©ⓒ]\s*\S+(?:\s\S+){0,2}$")
# a photo's credit first, then its caption: "© Reuters. El rey se reúne con …"
_CREDIT_FIRST = re.compile(r"^\s*[©ⓒ]\s*[^\s.]+(?: [^\s.]+){0,2}\.\s+(?:\S+\s+){3,}\S")
_HASHTAG_OR_HANDLE = re.compile(r"(^|\s)[#@][^\W_][\w.]*")
_SENTENCE_INSIDE = re.compile(r"[.!?] [A-ZÁÉÍÓÚÑ]")
CAPTION_MIN_WORDS = 10
_LABEL_VALUE = re.compile(r"^(?P<label>[^\W\d_][^:：]{0,18}?)\s*[:：]\s*(?P<value>\S.*)?$")
_DEPARTMENT_LABEL = re.compile(r"(?i)^(부서명?|담당\s*부서|담당|department|dependencia|unidad|área|publicado por)$")
# The issuing office in capitals heading a government's release, no label before it: "DIRECCIÓN
# GENERAL DE COMUNICACIÓN SOCIAL", "COORDINACIÓN DE COMUNICACIÓN SOCIAL".
_ISSUING_OFFICE = re.compile(r"^(?:DIRECCIÓN|DIRECCION|COORDINACIÓN|COORDINACION|SUBDIRECCIÓN|UNIDAD|OFICINA|DEPARTAMENTO)"
                             r"(?: GENERAL)? DE [A-ZÁÉÍÓÚÑ ]{4,60}$")
# The label a wire service sets over the issuer of the release it carries: "Press Release: New Zealand Government".
_ISSUER_LABEL = re.compile(r"(?i)^(?:press release|issued by|comunicado de prensa|emitido por)$")
# The issuer signing a release in capitals, its label and name in one: "ISSUED BY THE DEPARTMENT OF …".
_ISSUED_BY = re.compile(r"(?i)^(?:issued by|emitido por)\s+(?:the\s+|el\s+|la\s+)?(?P<issuer>[A-ZÁÉÍÓÚÑ].{3,80})$")
_WRITER_LABEL = re.compile(r"(?i)^(작성자|글쓴이|writer|author|autor)$")  # the board's poster: "작성자 : 관리자"
_HITS_LABEL = re.compile(r"(?i)^(조회수?|hits?|views?|visitas|vistas|lecturas)$")
_DATE_LABEL = re.compile(r"(?i)^(작성일|등록일|게시일|입력|기사입력|(?:최종\s?)?수정(?:일)?|date|fecha( de publicación)?|(?:publicado|actualizado|posted|published|updated)(?: on| el)?|write)$")
# A date label run into its date, the colon lost with the markup between them: "PublishedMay 29, 2024".
_PUBLICATION_VERB = r"(?:(?:last )?(?:posted|published|updated|modified)|publicado|actualizado)(?: on| el)?"  # (compiled ignoring case)
_DATE_LABEL_BEFORE = re.compile(_PUBLICATION_VERB + r"\s*(\S.*)", re.IGNORECASE)
# A date label and an ISO date (or year and month) heading a page's first line, its text after them.
DATE_HEADER = re.compile(r"(?i)^\s*(?:date|fecha|작성일|등록일)\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)")
_BULLET = re.compile(r"^[•·\-–*▪►▶]\s*")
_AUTHOR_TAG = re.compile(r"[^\W\d_]+\d+")


def words(text: str) -> int:
    """Tokens with a letter in them ("820", "-" and "18" are not words)."""
    return sum(1 for token in _WORD.findall(text) if _LETTER.search(token))


def has_letters(text: str) -> bool:
    return bool(_LETTER.search(text))


def is_prose(text: str) -> bool:
    """Running text: a sentence of some length, a very long line, or a release paragraph
    marked as such (□, ㅇ, ※)."""
    if _BODY_MARKER.match(text) and len(text) >= 20:
        return True
    if is_upper_case(text):
        return False  # an all-capitals line is a headline, whatever its length
    if is_ticker(text) or _GLUED_READ_MORE.match(text):
        return False  # other stories' headlines in a row, however long; a teaser after its neighbour's link
    if SENTENCE_END.search(text) and not _BRACKETED_DATE_END.search(text) \
            and words(text) >= (MARKED_PROSE_MIN_WORDS if _NUMBERED_ITEM.match(text) else PROSE_MIN_WORDS):
        return True
    if _QUOTE_ENDS_KOREAN_SENTENCE.search(text) and words(text) >= QUOTED_PROSE_MIN_WORDS:
        return True  # a quoted Korean sentence closes without a full stop: '... 수 있습니다"'
    return len(text) >= (LONG_CHARS_HANGUL if len(_HANGUL.findall(text)) > len(text) / 3 else LONG_CHARS)


# A headline's date in brackets after it: "… 장관 모두발언(2018. 9. 28.)"; its full stops end no sentence.
_BRACKETED_DATE_END = re.compile(r"\(\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\)\s*$")


def is_marked_paragraph(text: str) -> bool:
    """A release's paragraph marked as one: "□ …", "ㅇ …", "1. …"."""
    return _BODY_MARKER.match(text) is not None or _NUMBERED_ITEM.match(text) is not None


def is_upper_case(text: str) -> bool:
    """Set in capitals: at least UPPER_MIN_LETTERS cased letters, nearly all upper case, and
    most of the line's letters cased (a Korean sentence naming "CARICOM" is not in capitals:
    Hangul has no case)."""
    cased = [char for char in text if char.isupper() or char.islower()]
    return len(cased) >= UPPER_MIN_LETTERS and sum(map(str.isupper, cased)) >= UPPER_SHARE * len(cased) \
        and len(cased) * 2 > sum(map(str.isalpha, text))


def is_banner(text: str) -> bool:
    """A skip link or a site's notice about itself (its domain, "official website", its cookies)."""
    if _SKIP_LINK.search(text) or _COOKIE_NOTICE.search(text):
        return True  # (a paragraph with the site's address in its credit at the end is still a paragraph)
    if (_BROWSER_NOTICE.search(text) or _AGE_NOTICE.search(text)) and words(text) <= BANNER_MAX_WORDS:
        return True
    return bool(_SITE_WORDS.search(text) or _DOMAIN.search(text)) and words(text) <= BANNER_MAX_WORDS \
        and _AGENCY_AFTER_CAPTION.search(text) is None  # a caption credited to an agency and its site: "… viernes. EFEtelecinco.es"


# An author's byline, perhaps after the date: "11 marzo 21Por: Juan Soto Sibaja", "By Ana Ruiz".
# An office may sign too, its name joined by function words ("By Office of Assistant to Deputy
# Cabinet Secretary for State Documents & Translation").
_BYLINE = re.compile(r"(?:^|(?<=[\W\d]))(?:Por|By|^by|^BY|^por|^POR|Escrito por|Written by|Edited by|Editado por|[ÉE]dit[ée] par|[ÉE]crit par)\s*:?\s*(?:the |la )?[A-ZÁÉÍÓÚÑ][\w.’'-]*"
                     r"(?:\s+(?:(?:of|to|for|the|and|&|de|del|la|y) )*[A-ZÁÉÍÓÚÑ][\w.’'-]*){1,11}"
                     r"(?:\s+(?:staff|desk|team|newsroom|reporters|editors))?"  # "By the Caribbean Journal staff"
                     r"(?:\s*,\s*[A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]*){0,4}){0,6}"  # ", Senior Special Correspondent", more writers
                     r"(?: (?:in|en) [A-ZÁÉÍÓÚÑ][\w’'-]*(?: (?:of |de |and |y )?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3}"  # " in Port of Spain, Trinidad …"
                     r"(?:, [A-ZÁÉÍÓÚÑ][\w’'-]*(?: (?:and |y )?[A-ZÁÉÍÓÚÑ][\w’'-]*){0,3})?)?"
                     r"(?:\s*[/–]\s*[A-Z]{2,8})?\s*$")  # the agency after a slash or a dash: "Por Ana Ruiz /ECS", "… – ALDAR"
# A file to download or attached: "DESCARGAR ARCHIVOS (XLS y/o CSV)", "Download PDF", "첨부파일 다운로드",
# a Korean release's list of attachments ("붙임 : 합동 면담 사진. 끝.").
_DOWNLOAD = re.compile(r"(?i)^(?:descargar|download|첨부\s*파일|다운로드)\b|^붙임\s*(?:\d+\s*)?[.:：]")  # "붙임 : 사진. 끝."
DOWNLOAD_MAX_WORDS = 6


def is_download(text: str) -> bool:
    """A link to download a file, or a button ending in one ("pdf0 Download as PDF")."""
    return (_DOWNLOAD.match(text.strip()) is not None or _DOWNLOAD_BUTTON.search(text.rstrip()) is not None) \
        and words(text) <= DOWNLOAD_MAX_WORDS


_IMAGE_WORDS = frozenset({"imagen", "image", "imagem", "foto", "photo", "사진", "이미지"})


def is_image_alt(text: str) -> bool:
    """An image's alternative text left by the scraper: "Imagen foto_00000002", "IMG_2041", a
    numbered picture's file label ("사진1_ 탄자니아 대통령 면담 사진"), an image's stub alone
    ("본문이미지", "기사 이미지")."""
    if _IMAGE_STUB.fullmatch(text.strip()):
        return True
    if "_" not in text:
        return False  # (every shape here has an underscore: most lines are told at once)
    if _NUMBERED_PICTURE.match(text.strip()):
        return True
    tokens = text.split()
    return bool(tokens) and all(token.casefold() in _IMAGE_WORDS or ("_" in token and any(c.isdigit() for c in token))
                                for token in tokens) and any("_" in token for token in tokens)


_IMAGE_STUB = re.compile(r"(?:본문|기사)\s?(?:이미지|사진)|(?i:imagen|image|picture|foto|photo)|이미지")  # or the word alone


def is_image_label(text: str) -> bool:
    """"Image", "Foto" alone: where the page's picture stands; the line under it is its caption."""
    return text.strip().casefold() in _IMAGE_WORDS


def is_name_with_acronym(text: str) -> bool:
    """A body's name with its acronym in brackets, alone on its line ("Development Co-operation
    Directorate (DCD-DAC)"): the page's banner or section, never a headline, which tells of an
    event."""
    return _NAME_WITH_ACRONYM.fullmatch(text.strip()) is not None


_NAME_WITH_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚ][\w’'.-]*(?: (?:[A-ZÁÉÍÓÚ][\w’'.-]*|of|for|and|the|on|de|del|la|y|para))* "
                                r"\([A-Z][A-Z0-9&-]{1,12}\)")


def is_link_description(text: str) -> bool:
    """A link's description for screen readers, left as a line: "Logo de YouTube, lleva al canal
    de la AECID", "…, se abre en otra pestaña", "opens in a new window", "새 창 열림"."""
    lowered = text.lower()
    return any(hint in lowered for hint in _LINK_HINTS) and _LINK_DESCRIPTION.search(text) is not None


_LINK_HINTS = ("abre en", "in a new", "go de", "go of", "po de", "no de", "con of", "창")  # (told before the pattern runs)
_LINK_DESCRIPTION = re.compile(r"(?i)se abre en (?:una )?(?:(?:otra|nueva) )?(?:pestaña|ventana)(?: nueva)?|\b(?:opens? in a new (?:tab|window)"
                               r"|(?:logo|logotipo|icono|icon) (?:de|del|of) [^,]{1,60}, (?:lleva|links?|goes) (?:a|al|to)\b)"
                               r"|새\s?창\s?(?:으로\s?)?(?:열림|열기)")
_NUMBERED_PICTURE = re.compile(r"(?i)^(?:사진|photo|foto|img|image|imagen)\s?\d{1,2}_")
# A hint of the page's widgets in angle brackets: "<이미지를 클릭하시면 크게 보실 수 있습니다>".
_ANGLE_HINT = re.compile(r"^<[^<>]{2,80}>$")
# A photo's credit: "© News1 이성철 기자", "[사진=외교부]", "(Foto: Cancillería)", "… 하고 있다. /임영무 기자".
_PHOTO_CREDIT = re.compile(r"\S\s/\s?[^\s/]{2,12}$|(?<=[가-힣]\.)/[^\s/]{2,12}$|\S\s/\s?[가-힣]{2,4} 기자$|[@/]\s?[^\s@/]{1,20}\s?제공\s*$|[©ⓒ]|[\[(]\s*(?:사진|출처|Foto|Photo)\s*[=:]|사진\s*제공|(?:^|\s)(?:Foto|Photo|Pie de foto)\s*:"
                           r"|[.다]\s?(?:\d{4}\.\d{1,2}\.\d{1,2}\.?\s)?[(\[][^()\[\]]{1,30}\s제공[)\]]\s*$"  # "… 있다.(외교부 제공)", "… 했다. 2025.11.18. (외교부 제공)"
                           r"|[.다]\s[가-힣A-Za-z]{2,15}\s제공\s*$"  # "… 예방하고 있다. 외교부 제공": the credit unbracketed
                           # "… 선언했다. (산업부 제공) 2018.5.25/그린포스트코리아": the photo's date and the outlet last
                           r"|[.다]\s(?:[(\[][^()\[\]]{1,30}\s제공[)\]]\s?)?\d{4}\.\d{1,2}\.\d{1,2}\.?\s?/\s?[^\s/]{2,12}$"
                           # "… 대사. 사진=김하늘 기자": the credit after the caption, no bracket
                           r"|[.다]\s사진\s?=\s?[^\s=]{1,20}(?: [^\s=]{1,10}){0,2}$"
                           # "… Oct. 10. / Korea Times photo by Ana Ruiz", "…. Foto de Luis Soto"
                           # "…, EFE/EPA/Ana Ruiz": the agencies and the photographer after the caption
                           r"|[,.] (?:[A-Z]{2,8}/){1,3}[A-ZÁÉÍÓÚÑ][\w'’-]+(?: [A-ZÁÉÍÓÚÑ][\w'’-]+){1,3}\s*$"
                           # "…. Image by Ana Ruiz/AAP PHOTOS": the photographer and the agency
                           r"|[.!?]\s*/?\s*(?:[\w.&'-]+ ){0,3}(?:[Pp]hotos?|[Ff]otos?|[Ff]otografía|[Ii]mages?|[Ii]magen) (?:by|de|por) "
                           r"[^.!?/]{2,40}(?:/[^.!?/]{2,20})?$"
                           # "… en Seúl. (Foto del cuerpo de prensa. Prohibida su reventa y archivo)", "(Photo courtesy of …)"
                           r"|[(\[](?:Fotos?|Photos?)\s(?:de|del|by|courtesy of|cortes[ií]a de)\s[^()\[\]]{1,80}[)\]]\s*$|[Pp]rohibida su reventa"
                           # "…. Foto EDH / René Estrada", "…. EFE/ Lenin Nolly/Archivo", "…. EFE/EPA/MOHAMMAD ALI":
                           # the agencies, the photographer
                           r"|[.!?]\s(?:(?:Foto|Photo|Fotograf[ií]a)\s)?[A-Z]{2,10}(?:\s?/\s?[^/.]{2,30}){1,3}$"
                           # "… in Washington. (AP Photo/Ana Ruiz)": the agency's photo and its photographer in brackets
                           r"|[.!?]\s\([A-Z]{2,10} (?:Photo|Foto)\s?/\s?[^()/]{2,40}\)$")


def is_photo_caption(text: str) -> bool:
    """A caption with its photo's credit, after the photo's stub or the Korean press's caption
    mark ("![]() ▲ 지난해 … 정상회의"), or with the agency after its last sentence ("… in Seoul,
    Jan. 31. Yonhap", "… Monday. [JOINT PRESS CORPS]"): part of the article, never its headline."""
    return _PHOTO_CREDIT.search(text) is not None or is_credited_short_caption(text) or (
        _CAPTION_OPENING.match(text) is not None or _AGENCY_AFTER_CAPTION.search(text) is not None
        or _CREDIT_GLUED.search(text) is not None
    ) and words(text) >= CAPTION_MIN_WORDS  # (a short line needs both marks: "▲홍길동 차관. (기획재정부)")


# "… Monday. Yonhap", "… Monday. [JOINT PRESS CORPS]", "… Partnership. (Ministry of Foreign Affairs)": the
# agency, pool or office credited after the last sentence (the site it came from glued on: "EFEtelecinco.es")
_AGENCY_AFTER_CAPTION = re.compile(r"(?<=[.!?]) (?:[A-Z][A-Za-z]+(?:\.[a-z]{2,4})?|\[[A-Z][A-Z0-9 .&-]{1,30}\]|\[[가-힣][가-힣0-9 ]{1,15}\]"
                                   r"|\([A-Z][A-Za-z.&' ]{1,40}\)|\([가-힣][가-힣0-9 ]{1,15}\))\s*\|?\s*$"  # "… 있다. [뉴스1]", "… 차관. (기획재정부)" too
                                   r"|(?<=다\.) [가-힣][가-힣0-9]{1,7}\s*$"  # "… 악수하고 있다. 연합뉴스": the agency unbracketed
                                   # or after a slash, a foreign agency before the Korean one: "… 있다. /AFP 연합뉴스", "/뉴스1"
                                   r"|(?<=다\.) ?/ ?(?:[A-Za-z]{2,10} )?[가-힣A-Za-z][가-힣A-Za-z0-9]{1,9}\s*$")


def is_credited_short_caption(text: str) -> bool:
    """"▲한-EU 외교장관회담<ITN KOREA>": a photo's caption of a few words, marked and credited;
    short as a menu item, but the article's."""
    return _CAPTION_OPENING.match(text) is not None and (_AGENCY_AFTER_CAPTION.search(text) is not None
                                                         or _CREDIT_IN_ANGLES.search(text) is not None)


# The outlet's credit in angle brackets after a ▲ caption: "▲한-EU 외교장관회담<ITN KOREA>".
_CREDIT_IN_ANGLES = re.compile(r"<[A-Z가-힣][^<>]{1,30}>\s*$")
# The agency's credit run into the caption's last word, the markup between them lost: "… Cho Tae-yulEFE".
_CREDIT_GLUED = re.compile(r"[a-záéíóúñü][A-Z]{2,8}\s*$")
_CAPTION_OPENING = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)?▲|^\s*!\[[^\]]*\]\([^)]*\)\s*\S")
CAPTION_MIN_WORDS = 6


def is_screenshot_caption(text: str) -> bool:
    """"중미경제통합은행 홈페이지 캡처", "방송화면 갈무리": what a screenshot shows, the Korean press's
    caption for a picture taken from a screen."""
    return _SCREENSHOT.search(text.strip()) is not None


_SCREENSHOT = re.compile(r"\S\s?(?:캡처|캡쳐|갈무리)$")


def is_credit_label(text: str) -> bool:
    """A photo credit's label alone, its value on the next line ("Photo:" / "Ana Ruiz")."""
    return _CREDIT_LABEL.fullmatch(text.strip()) is not None


_CREDIT_LABEL = re.compile(r"(?i)(?:photos?|fotos?|fotografías?|images?|imagen|credits?|crédito|사진)\s*:")
# A photo's credit alone on its line, with no caption before it: "Fotos: MRE", "Photo : YONHAP News".
_CREDIT_LINE = re.compile(r"(?i)^[(\[]?(?:(?:textos? y |text and )?(?:fotos?|fotografías?|photos?)|imagen|images?|cortes[ií]a|courtesy"
                          r"|사진(?:\s?제공)?)\s*[:=/]\s*\S"  # "(Photo: …)", "Cortesía: Andina", "사진제공/외교부"
                          r"|^\((?:fotos?|fotografía|photos?|imagen)\s+[^()\s][^()]{0,30}\)$"  # "(Foto MPPRE)"
                          r"|^사진\s(?:\S+\s){1,3}제공$"  # "사진 외교부 제공": the photo, its provider
                          r"|^(?:twitter|x|facebook|instagram|youtube|tiktok) / \S")  # an embedded post's credit
# Who provided a photo, in brackets, with the agency's terms: "[주멕시코 한국대사관 제공. 재판매 및 DB 금지]";
# a wire's photo, its place and agency before "=", its terms after: "[브라질리아 AFP=연합뉴스. 재판매 및 DB 금지]".
_PROVIDED_BY = re.compile(r"^\[[^\[\]]{1,40}(?:\s제공(?:[.,]\s*[^\[\]]{0,40})?|=[^\[\]]{0,12}[.,]\s*재판매[^\[\]]{0,30}"
                          r"|\s?[.,]\s*재판매[^\[\]]{0,30})\]$")  # "[타스 , 재판매 및 DB 금지]": the agency alone
CREDIT_LINE_WORDS = 6


def is_photo_credit(text: str) -> bool:
    """A photo's credit alone on its line: chrome, unlike a caption that ends with its credit."""
    line = strip_bullet(text).strip().lstrip("▲△ ")  # (the Korean press's caption mark: "▲ 사진제공/외교부")
    credit = _CREDIT_LINE.match(line)  # (the words counted are the credit's, after its label)
    return credit is not None and words(line[credit.end() - 1:]) <= CREDIT_LINE_WORDS or _PROVIDED_BY.match(line) is not None \
        or _CREDIT_ALONE.match(line) is not None or _TAKEN_FROM.match(line) is not None or _PHOTOGRAPHERS.fullmatch(line) is not None


# Where the picture came from, said in place of a credit: "Imagen tomada de internet".
_TAKEN_FROM = re.compile(r"(?i)^(?:imagen|foto|fotograf[ií]a|image|photo) (?:tomada|taken) (?:de|from) \S+(?: \S+){0,3}$")


def is_short_label(text: str) -> bool:
    """A section name, a logo's alt text, a menu item: a few words, not a sentence. Korean
    packs a headline into three words ("부산서 동아시아-라틴아메리카 외교장관회의"), so a line
    with as many Hangul syllables as a headline has is no label."""
    return words(text) <= SHORT_LABEL_WORDS and not text.endswith((".", "!", "?", "다.")) \
        and len(_HANGUL_SYLLABLE.findall(text)) < KOREAN_HEADLINE_SYLLABLES


def is_cut_clause(text: str) -> bool:
    """A Korean clause cut short: a word marked as the topic or the object ("우리측은", "협력을")
    with more words after it and no sentence end; a label or a menu item has no particle."""
    return _CLAUSE_OPENING.search(text) is not None and not SENTENCE_END.search(text.strip())


_CLAUSE_OPENING = re.compile(r"[가-힣]{2,}[은는을를] +\S")


def is_about_heading(text: str) -> bool:
    """The heading of a publisher's standard statement about itself: "About UNDP", "Acerca de
    la CEPAL", "외교부 개요"; a few words naming a body, no sentence."""
    stripped = text.strip().rstrip(":")
    return _ABOUT_HEADING.fullmatch(stripped) is not None and words(stripped) <= ABOUT_HEADING_WORDS


_ABOUT_HEADING = re.compile(r"(?:About|Acerca de|Sobre|Quiénes somos:?)(?: (?:the|el|la|los|las))? [A-ZÁÉÍÓÚÑ0-9][^.!?]*"
                            r"|[가-힣A-Za-z]{2,}(?: [가-힣A-Za-z]+)? (?:개요|소개)")
ABOUT_HEADING_WORDS = 6


def is_bulleted(text: str) -> bool:
    return bool(_BULLET.match(text))


def is_related_heading(text: str) -> bool:
    """"관련기사", "Noticias relacionadas": a heading over the site's other stories."""
    line = strip_bullet(text).strip()
    return _RELATED.match(line) is not None and words(line) <= RELATED_MAX_WORDS


# Another story's headline in a list, its date glued to it: "- 尹당선인, EU집행위원장과 통화2022.03.31".
_DATED_LINK = re.compile(r"\S.{5,200}?(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\.?$")
_STAMPED_LINK = re.compile(r"\S.{5,200}?[a-z.]" + _GMT_STAMP + "$")  # "… leaves Blue HouseGMT 19:18 2017 Sunday ,12 March"


def is_tagged_headline(text: str) -> bool:
    """Another story's headline under its series' tag in brackets ("[기획-무역FOCUS] 이란, …"), or
    cut by the page's limit after the tag; no sentence of the text ends it ("다." would)."""
    stripped = text.strip()
    return _SERIES_TAG.match(stripped) is not None and not stripped.endswith(("다.", "."))


_SERIES_TAG = re.compile(r"\[[^\[\]=]{2,20}\](?:\s*\S|$)|\[[^\[\]=]{2,20}$")


def is_dated_link(text: str) -> bool:
    return is_bulleted(text) and _DATED_LINK.match(strip_bullet(text)) is not None or _STAMPED_LINK.match(text.strip()) is not None


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text.lstrip()).strip()  # (an indented bullet too: "  • 조회수 : 8158")


def dated_cell(text: str) -> str | None:
    """The date of a line of cells between pipes, one of them a date alone ("09/24/2024 |
    Press release | Distributed by …")."""
    if " | " not in text:
        return None
    return next((find_date(cell) for cell in text.split(" | ") if date_only(cell.strip())), None)


def metadata(text: str) -> dict[str, str] | None:
    """The fields of a label/value metadata line ("Date : 2021-10-28", "• 조회수 : 719",
    "부서명" alone), or None. A label alone gives its field with an empty value."""
    line = strip_bullet(text)
    if _ISSUING_OFFICE.match(line.strip()):
        return {"department": line.strip()}
    if issued := _ISSUED_BY.match(line.strip()):
        return {"department": issued["issuer"]}
    if _RELEASE_FIELD.match(line.strip()) and (form := release_form_fields(line)):
        return form
    found = _LABEL_VALUE.match(line)
    label, value = (found["label"].strip(), (found["value"] or "").strip()) if found else (line, "")
    if _ISSUER_LABEL.match(label) and value and not _DIGIT.search(value):
        return {"department": value}  # "Press Release: New Zealand Government" (a number there is the release's)
    for field, pattern in (("department", _DEPARTMENT_LABEL), ("hits", _HITS_LABEL), ("date", _DATE_LABEL),
                           ("author", _WRITER_LABEL)):
        if pattern.match(label):
            if field == "date" and value:
                value = find_date(value) or value
            return {field: value}
    labelled = _DATE_LABEL_BEFORE.match(strip_bullet(text.strip()))  # no colon, or none left: "PublishedMay 29, 2024"
    when = _WRITER_AFTER.sub("", labelled.group(1)) if labelled else ""  # "Published in 05/12/2019 - 08:07 By Ana Ruiz - Place"
    if labelled and date_only(when):
        return {"date": find_date(when)}
    return None


_WRITER_AFTER = re.compile(r"(?i)\s+(?:by|por)\s+\S.*$")


def is_publication_label(text: str) -> bool:
    """A publication date's label whose date is not on its line or the next ("Published",
    "Actualizado el"): inside the text it is the page's, never the story's. (A bare "Date" may
    be a word the text quotes, as a site table's other rows may.)"""
    return _PUBLICATION_LABEL.fullmatch(strip_bullet(text.strip())) is not None


_PUBLICATION_LABEL = re.compile(_PUBLICATION_VERB + ":?", re.IGNORECASE)


def has_stamp_at_end(text: str) -> bool:
    """A label run into the site's update stamp at its end ("News : … Updates Last Updated:
    Feb 13, 2017 - 1:45:37 AM"): the page's, with no sentence."""
    stamp = _STAMP_AT_END.search(text)
    return stamp is not None and date_only(stamp.group(1)) and not SENTENCE_END.search(text[:stamp.start()])


_STAMP_AT_END = re.compile(r"\s" + _PUBLICATION_VERB + r"\s*:\s*(\S.*)$", re.IGNORECASE)


def is_transcript_label(text: str) -> bool:
    """A broadcast's script labels its parts on lines of their own: "[LEAD]", "[REPORT]", "[앵커]"."""
    return _TRANSCRIPT_LABEL.fullmatch(text.strip()) is not None


_TRANSCRIPT_LABEL = re.compile(r"\[(?:[A-Z]{3,12}(?: [A-Z]{2,12})?|앵커|기자|리포트)\]")


# A board's fields run together without colons: "작성자 김치관 기자 댓글 0건 조회 3,462회 작성일 24-06-12".
_BOARD_LABELS = re.compile(r"작성자|작성일|등록일|조회수?|댓글|추천")
BOARD_LABELS_MIN = 3


def is_field_line(text: str) -> bool:
    """One field of a board's record with its value, inside the text ("• 작성자 : 관리자",
    "• 조회수 : 8158"): metadata, never a line of the release."""
    fields = metadata(text)
    return bool(fields) and any(fields.get(name) for name in ("hits", "author")) and words(text) <= FIELD_LINE_WORDS


FIELD_LINE_WORDS = 6


def is_board_fields(text: str) -> bool:
    return len(set(_BOARD_LABELS.findall(text))) >= BOARD_LABELS_MIN and words(text) <= SHORT_LABEL_WORDS * 3


# A menu's own label: "SBS 뉴스 상단 메뉴", "Main menu", "Menú principal".
_MENU_LABEL = re.compile(r"(?i)^(?:\S+ ){0,3}(?:메뉴|menu|menú)(?: principal| principale)?$"
                         # the kind of page the item is shown on: "News Details", "Detalle de la noticia", "뉴스 상세"
                         r"|^(?:news|article|story|press release|event)s? details?$|^detalles? de (?:la )?(?:noticia|nota)$"
                         r"|^(?:뉴스|기사|보도자료)\s?상세(?:\s?보기)?$")


_NOTE = re.compile(r"\s*[*※]\s*[「『“\"(]?[^\W\d_]")  # (a quoted title may open it: "※ 「… 표준(안)」에 따라 …")


def is_note(text: str) -> bool:
    """A line marked as a note ("* The search is limited to …", "※ …"): it remarks on what
    stands above it, so it never opens an article (a search form's note above one does)."""
    return _NOTE.match(text) is not None


def is_chrome(text: str) -> bool:
    """Whether a line outside the running text has one of the shapes of site chrome."""
    return has_chrome_shape(text) or is_short_label(strip_bullet(text))


def is_ticker(text: str) -> bool:
    """"Top … meets U.S. lawmakers • Feature: … • Senegal holds …": a strip of other stories'
    headlines joined by bullets, three or more, none of them a sentence; or their leads run
    together, each cut and closed by its link ("… de l...Leer más... Los peatones …")."""
    parts = _TICKER_BULLET.split(text.strip())
    return len(parts) >= TICKER_MIN_ITEMS and all(
        words(part) >= SHORT_LABEL_WORDS and not SENTENCE_END.search(part) for part in parts[:-1]) \
        or _READ_MORE_INSIDE.search(text) is not None


_TICKER_BULLET = re.compile(r"\s+•\s+")
TICKER_MIN_ITEMS = 3


# A widget's label with its count: "Notifications (3)", "알림 (2)"; or the words it shows while
# empty or still loading: "No menu items!", "Loading...", "Cargando…", "로딩중".
_WIDGET_COUNTER = re.compile(r"(?i)^(?:notifications?|notificaciones|알림)\s*\(\d+\)$")
_WIDGET_STATE = re.compile(r"(?i)^(?:no (?:menu )?items(?: found)?|no \w+(?: \w+)? (?:found|to (?:show|display))|nothing to (?:show|display)"
                           # a list with nothing in it: "There is no data available", "No hay datos disponibles", "데이터가 없습니다"
                           r"|(?:there (?:is|are) )?no (?:data|records?|results?|content|news) (?:available|found)"
                           r"|no hay (?:datos|resultados|registros|contenidos?|noticias)(?: disponibles)?"
                           r"|(?:등록된 )?(?:데이터|자료|게시물|게시글|검색\s?결과)(?:가|이) 없습니다"
                           r"|no hay elementos|loading|cargando|로딩\s?중|불러오는\s?중|(?:generando|generating|cargando) (?:el )?audio\W*"
                           # a visitor counter's heading: "Países que nos están viendo", "Who's online"
                           r"|(?:países|visitantes|lectores) que nos (?:están )?(?:viendo|visitan|leen)|who['’]?s online|visitors? online)"
                           r"\s*(?:!|\.{0,3}|…)$")
# An image's label: the headline and "썸네일"; a portal's stand-in picture, "오프라인 대표 이미지 - SBS 뉴스".
_THUMBNAIL_LABEL = re.compile(r"(?i)\s(?:썸네일|thumbnail|miniatura)$|대표\s?이미지(?: [-–|] \S+(?: \S+){0,2})?$"
                              r"|^(?:\w+ ){0,2}(?:media|image|img)? ?alt (?:attribute|text)$")  # a theme's stand-in alt: "My media alt attribute"
# Teasers run together, each cut and closed by its link: "… anunció la reactivación de l...Leer más... Los peatones …".
_READ_MORE_INSIDE = re.compile(r"(?i)(?:\.\.\.|…)\s*(?:leer|ver|read) m[aá]s\s*(?:\.\.\.|…)")
# A syndicator's credit alone in brackets: "(MENAFN- African Press Organization)".
_SYNDICATION_CREDIT = re.compile(r"\([A-Z]{2,10}\s?[-–]\s?[A-Z][^()]{2,40}\)")
# A wire's note to the editors who take the story, in brackets: "(ATENCIÓN: ACTUALIZACIONES con …)",
# "(ATTN: ADDS …)", "(EDITOR'S NOTE: …)".
_EDITORS_NOTE = re.compile(r"^\((?:ATENCIÓN|ATTENTION|ATTN|EDITOR['’]?S NOTE|NOTA (?:DEL|AL) EDITOR|NOTA)\s*:[^()]*\)$")
# A download button after what it downloads: "African Union (AU) Download logo".
_DOWNLOAD_BUTTON = re.compile(r"(?i)\s(?:download|descargar)(?: as| como| en)? (?:logo|logotipo|pdf|image|imagen|photo|foto)$")


# A person named with an honorific alone on a line, the way a release lists its minister or
# contact: "Senator the Hon Ana Ruiz", "The Hon Luis Soto MP", "H.E. Ana Ruiz".
_HONOURED_NAME = re.compile(r"(?:(?:Senator|Minister|Dr|Mr|Mrs|Ms)\.? )?(?:the |The )?(?:(?:Rt\.? |Right )?(?:Hon\.?|Honourable)|Honorable|H\.\s?E\.|His Excellency|Her Excellency)"
                            r"(?: [A-Z][\w’'.-]*){1,4}(?: (?:MP|AO|AC|QC|KC|MLA|MHA))?"
                            # the speaker's office after a comma: "His Excellency Ana Ruiz, Prime Minister of the Republic"
                            r"(?:, (?:[A-Z][\w’'.-]*|of|the|and|for)(?: (?:[A-Z][\w’'.-]*|of|the|and|for)){0,10})?")


def has_chrome_shape(text: str) -> bool:
    """One of chrome's shapes other than mere shortness (a menu item's), which a subtitle shares."""
    line = strip_bullet(text)
    stripped = line.strip()
    if not has_letters(line) or _FILE_NAME.search(line) or _ATTACHMENT.match(line) or metadata(line) is not None \
            or is_board_fields(line) or _MENU_LABEL.match(stripped) or _WIDGET_COUNTER.match(stripped) \
            or _WIDGET_STATE.match(stripped) or _THUMBNAIL_LABEL.search(line) or _DOWNLOAD_BUTTON.search(line) or is_ticker(line) \
            or _EDITORS_NOTE.match(stripped) or _SYNDICATION_CREDIT.fullmatch(stripped) or _HONOURED_NAME.fullmatch(stripped) or is_related_heading(line) \
            or has_stamp_at_end(line) or is_share_bar(line) or is_stamp_bar(line):
        return True
    if is_banner(line):
        return True
    if _SEPARATED.search(line) and not SENTENCE_END.search(line):
        return True
    if _NUMBERED_ITEM.match(line) and words(line) <= 9 and not SENTENCE_END.search(line):
        return True
    if _TOOLBAR.search(line) and words(line) <= 6 or _FONT_SIZE_MENU.match(line.strip()) or _NEW_WINDOW_LINK.match(stripped) \
            or _KOREAN_TOOL_ROW.fullmatch(stripped) or _CONTENTS_WIDGET.match(stripped):
        return True
    if is_call_to_action(line) or is_reading_aid(line) or _LABEL_PAIRS.match(line.strip()):
        return True
    if _HASHTAG_OR_HANDLE.search(line) and not is_credited_caption(line) \
            or _COMMENT_WORDS.match(line) and words(line) <= COMMENT_PROMPT_WORDS:  # not "Comment by the Press Department on …"
        return True
    if is_source_credit(line) or is_photo_credit(line) or is_contact(line) or is_timestamp(line) or is_release_form(line) \
            or is_release_number(line) or is_markup_residue(line) or is_cut_caption(line):
        return True
    if is_embedded_post(line) or is_pointed_link(text) or is_language_name(line) or is_site_notice(line):
        return True
    if date_only(line) or _ANGLE_HINT.match(line.strip()) or is_byline(line) or is_download(line) \
            or is_image_alt(line) or is_link_description(line) or is_group_tagline(line) or _BREADCRUMB.match(line):
        return True
    return False


def is_korean_subtitle(text: str) -> bool:
    """A Korean subtitle under a headline ("2030부산세계박람회(엑스포) 지지 당부"): a noun
    phrase of a few words, mostly Hangul, no sentence and no other chrome shape. Alone it
    would pass for a menu label; only its place under the headline tells (boundaries)."""
    syllables = len(_HANGUL_SYLLABLE.findall(text))
    letters = sum(char.isalpha() for char in text)
    phrase = _DAY_AFTER.sub("", text.strip())  # "한-아프리카 외교장관회의 개최(6.2.)": the day it happened
    return (words(text) >= SUBTITLE_MIN_WORDS and syllables >= SUBTITLE_MIN_SYLLABLES and 2 * syllables > letters
            and not SENTENCE_END.search(phrase) and not has_chrome_shape(text) and not is_tool(text))


_DAY_AFTER = re.compile(r"\s*\(\d{1,2}\.\s?\d{1,2}\.?\)$")  # a Korean release's month and day after its title


SUBTITLE_MIN_WORDS = 3
SUBTITLE_MIN_SYLLABLES = 8


def is_credited_caption(line: str) -> bool:
    """A photo's caption that credits a social-media account ("… en imagen de archivo. Imagen
    tomada de @handle"): a sentence, then its credit; a social widget has no sentence."""
    return words(line) >= CAPTION_MIN_WORDS and _SENTENCE_INSIDE.search(line) is not None


def is_weather(line: str) -> bool:
    """A weather widget's temperature ("28.1 C", "-3°C"): the line under it names its place."""
    return _TEMPERATURE.match(line.strip()) is not None


def is_timestamp(line: str) -> bool:
    """The time a story was posted, with its place or date ("18:02 | Lima, Jul. 30.", "October
    26, 1:10 UTC+3 VIENNA"), or how
    long ago, with a counter perhaps ("4 months ago 251", "hace 2 horas", "3시간 전"): metadata."""
    stripped = line.strip()
    return is_time_ago(line) or (_TIMESTAMP.match(stripped) is not None or _GMT_STAMP_ALONE.fullmatch(stripped) is not None
                                 or _UTC_STAMP.fullmatch(stripped) is not None
                                 or _CLOCK_ALONE.match(stripped) is not None) and words(line) <= TIMESTAMP_MAX_WORDS


def is_stamp_bar(text: str) -> bool:
    """The story's stamps between bars, one a date, labelled or not ("WIRE | Capital City | Updated:
    14-05-2020 21:43 IST | Created: …", "22 de marzo de 2019 | 15:22 | Redactado por …"), or after
    the date between dashes ("May 9, 2023 - Ottawa, Ontario - Global Affairs Canada"): metadata
    however far into the text it stands."""
    if not _DIGIT.search(text) or "|" not in text and "-" not in text and "–" not in text:
        return False  # (most lines: a cheap test first)
    cells = _BAR.split(text.strip())
    if len(cells) == 1 and (dated := _DATE_DASHED.match(text.strip())) and date_only(dated.group(1)):
        cells = _DASH_CELL.split(text.strip())  # "May 9, 2023 - Ottawa, Ontario - Global Affairs Canada"
    return len(cells) >= 2 and all(cell.strip() and words(cell) <= STAMP_CELL_WORDS for cell in cells) \
        and any(_DIGIT.search(cell) and ("date" in (metadata(cell) or {}) or date_only(cell)) for cell in cells)


_BAR = re.compile(r"\s\|\s")
_DASH_CELL = re.compile(r"\s[-–]\s")
_DATE_DASHED = re.compile(r"(.{6,30}?)\s[-–]\s")  # a date first, then the place and the issuer after dashes
STAMP_CELL_WORDS = 5


_CLOCK_ALONE = re.compile(r"(?i)^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hrs?)?$")  # "01:21 PM"


_TIME_AGO = re.compile(r"(?i)^(?:(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago"
                       r"|hace \d+ (?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
                       r"|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전)\b")


def is_time_ago(line: str) -> bool:
    """How long ago a story was posted, alone on its line: "4 hours ago", "hace 2 horas", "3시간 전";
    or glued to the writer's name and picture before it ("Photo of Ana Ruiz Ana Ruiz4 hours ago")."""
    stripped = line.strip()
    return _TIME_AGO.match(stripped) is not None and words(line) <= TIMESTAMP_MAX_WORDS \
        or _GLUED_TIME_AGO.search(stripped) is not None and words(line) <= BYLINE_MAX_WORDS


_GLUED_TIME_AGO = re.compile(r"(?i)[^\W\d]\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?) ago$")
BYLINE_MAX_WORDS = 10


def is_contact(line: str) -> bool:
    """A byline or a desk's contact: a short line with an e-mail address (and perhaps the time
    it was posted: "… | Martes 25 junio, 2013 12:00 a. m."), a labelled phone
    number ("[전화] 02-398-8585", "Tel.: +505 2222 3333") or a name and a phone number written
    as one is dialled ("Ana Ruiz (Minister's office) 0412 345 678") that is no sentence; or the
    heading over such lines ("Media contact", "Contacto de prensa", "보도 문의")."""
    stripped = line.strip()
    return (_EMAIL.search(line) is not None or _PHONE.match(stripped) is not None or _DIALLED.search(stripped) is not None
            or _PHONE_MARK.search(stripped) is not None) \
        and words(line) <= CONTACT_MAX_WORDS and not SENTENCE_END.search(_CLOCK_WITH_HALF.sub("", line)) or is_contact_heading(stripped)


_PHONE = re.compile(r"(?i)^[\[(]?(?:전화|tel[ée]?fono|tel|phone|fax)\.?[\])]?\s*[:：]?\s*\+?[\d() .-]{7,20}$")
_DIALLED = re.compile(r"(?:^|\s)(?:\+\d|\(0?\d{1,3}\)|0\d)[\d() .-]{6,18}\d$")  # a trunk or country prefix: 0…, (02), +61
_PHONE_MARK = re.compile(r"[☎☏]\s*[:：]?\s*\(?\d[\d() .-]{5,18}\d")  # "과장(☎:2100-7457)": an extension after the phone sign
_CONTACT_HEADING = re.compile(r"(?i)(?:(?:media|press|news) (?:contacts?|enquiries|inquiries)|for (?:more|further) information(?: contact| please contact)?"
                              r"|(?:address|contact) for (?:enquiries|inquiries|the media)):?"
                              r"|contactos? (?:de|para) (?:prensa|medios)|(?:언론|보도|취재)\s?문의|문의처:?")


def is_office_signature(text: str) -> bool:
    """The issuing office's name alone, signing a release at its foot ("Ministry of Foreign
    Affairs and Foreign Trade", "Oficina de Información y Prensa de Guinea Ecuatorial.")."""
    return _OFFICE_NAME.fullmatch(text.strip()) is not None and words(text) <= OFFICE_NAME_WORDS


_OFFICE_NAME = re.compile(r"(?:The )?(?:Ministry|Department|Office|Embassy|Ministerio|Oficina|Secretaría|Dirección|Embajada|Cancillería)"
                          r" (?:of|for|de|del|para)(?: (?:[A-ZÁÉÍÓÚÑ][\w’'-]*|and|of|the|for|y|e|de|del|la|las|los|el))+\.?")
OFFICE_NAME_WORDS = 12


def is_contact_heading(line: str) -> bool:
    """The heading over a desk's contact block ("Media contact", "Address for enquiries:")."""
    return _CONTACT_HEADING.fullmatch(line.strip()) is not None


def is_release_form(line: str) -> bool:
    """The form at the head of a Korean government press release, copied with its text: the
    fields for release time, distribution, desk and officer in charge ("보도일시 배포 즉시
    보도", "배포일시 2018.10.30.(화) 담당부서 중남미국", and the table's caption "보도일시,
    배포일시, … 요약"), and its letter-spaced heading ("외교부 로고 보 도 자 료")."""
    return _RELEASE_FIELD.match(line.strip()) is not None or _SPACED_FORM_NAME.search(line) is not None


def release_form_fields(line: str) -> dict[str, str]:
    """The date and desk a Korean release's form gives ("배포일시 2018.10.30.(화) 담당부서 중남미국")."""
    fields = {}
    if (desk := _RELEASE_DESK.search(line)) is not None:
        fields["department"] = desk.group(1)
    if _RELEASE_TIME.match(line) and (date := find_date(line)):
        fields["date"] = date
    return fields


_RELEASE_TIME = re.compile(r"\s*(?:보도일시|배포일시)")
_RELEASE_DESK = re.compile(r"담당부서\s+(\S+(?:\s(?!담당자|보도일시|배포일시)\S+)?)")
_RELEASE_FIELD = re.compile(r"^(?:보도일시|배포일시|보도시점|배포시점|담당부서|담당자|문의처)(?:\s|,|$)")
_SPACED_FORM_NAME = re.compile(r"(?:보|해|설|참) (?:도|명|고) 자 료")  # 보 도 자 료, 해 명 자 료, 설 명 자 료, 참 고 자 료


# "Usted está en: Portada", or a site switcher's note of where the reader is ("You are at UNDP Seoul …")
_BREADCRUMB = re.compile(r"(?i)^(?:usted est[áa] en|est[áa] usted en|you are (?:here|in)|현재\s*위치|위치)\s*:"
                         r"|^you are (?:at|on) (?!.*[.!?]$)(?:\S+ ){0,5}\S+$")
# A group's acronym glossed by its members, a site's name over every page ("MIKTA – Mexico,
# Indonesia, the Republic of Korea, Turkey, Australia"); a headline says what happened.
_GROUP_TAGLINE = re.compile(r"^[A-Z][A-Z0-9]{2,9} [–—-] (?P<members>.+)$")
_MEMBER = re.compile(r"^(?:the |la |el )?(?:[A-Z][\w'’.-]*)(?: (?:of|de|del|the) (?:[A-Z][\w'’.-]*)| [A-Z][\w'’.-]*){0,3}$")
GROUP_TAGLINE_MEMBERS = 3


def is_group_tagline(text: str) -> bool:
    """An acronym, a dash and a list of three or more names, nothing else."""
    found = _GROUP_TAGLINE.match(text.strip())
    if found is None:
        return False
    members = re.split(r", | and | y | e ", found.group("members"))
    return len(members) >= GROUP_TAGLINE_MEMBERS and all(_MEMBER.match(member) for member in members)


# What a page's software prints for the reader, any site: reading time, an advertisement's
# marker or slot in the text, an image's alt text, the site's greeting, a permalink notice, a
# board's note about the post, a blog's label-page header, a search box's label, a link back to
# the top or out of the mobile page, a distribution service's embargo notice.
_READING_AID = re.compile(
    r"(?i)^(?:(?:tiempo (?:estimado )?de lectura|lectura|(?:estimated )?reading time|read time|읽는\s*시간|예상\s*읽기\s*시간)\s*:?\s*"
    r"(?:menos de )?\d+\s*(?:min(?:utos?|utes?)?|분|['′’])"
    r"|\d+\s*(?:min(?:utes?)?|minutos?)\s+(?:read|de lectura)"
    r"|(?:the |el |la )?(?:article|story|art[ií]culo|nota|noticia) (?:continues|contin[uú]a) "
    r"(?:below|abajo|debajo|after (?:the |this )?(?:advertisement|ad)|despu[eé]s de la publicidad)(?: (?:the |this )?advertisement)?"
    r"|라벨이 .{1,40}인 게시물 표시|showing posts with (?:the )?label .{1,40}|mostrando (?:las )?entradas con la etiqueta .{1,40}"
    r"|(?:뉴스\s*)?검색어(?:를)?\s*입력(?:하세요|해\s*주세요|\s*양식)?"
    r"|top|맨\s*위로|위로\s*가기"  # a link back to the page's top, alone on its line
    r"|<?\s*이 기사는 .{0,40}부터 (?:사용|보도)할 수 있습니다|엠바고.{0,40}(?:책임|파기|준수).{0,40}"  # a wire's embargo notice
    r"|이 기사는 .{0,40}(?:보도준칙|윤리강령).{0,60}"  # a site's note on its editing: "… 편집국장이 최종 확인·수정했습니다"
    r"|embargoed? (?:until|till|for release).{0,60}|bajo embargo hasta.{0,60}"
    r"|(?:escrito|redactado|publicado) en .{1,30} el"  # a byline's stub: "Escrito en MÉXICO el"
    r"|(?:\S+ )?(?:señal|transmisión) en vivo|(?:\S+ )?solo audio|(?:\S+ )?live (?:stream|tv|radio)"
    r"|(?:advertisement|publicidad|anuncio|advertentie|광고|배너)(?: ?-)?"  # an advertisement's slot: "- Advertisement -", "배너"
    r"|(?:(?:advertisement|publicidad|anuncio) [A-Za-z]{1,12}){1,2}"  # with its network's name, printed twice: "Publicidad AiPublicidad Ai"
    # a post's views counter: "(Visited 1 times, 6 visits today)", "This news has been read 142 times in total"
    r"|\(?(?:this (?:news|article|story|post) )?(?:has been |was )?(?:visited|viewed|read|seen) \d[\d,.]* times?\b[^.!?]{0,40}\)?"
    r"|-+ ?advertentie(?: / [^-]{1,30})? ?-+"  # a Dutch-language partner's: "-- Advertentie / POJ - 218001 --"
    r"|(?:details added|updated)?\s*\(?first version posted (?:on|at) \d{1,2}:\d{2}\)?"  # an update's notice
    r"|(?:welcome to|bienvenid[oa]s? a) [^.!]{1,60}(?:[.!] [^.!]{1,40})?[!]?|.{1,30}에 오신 것을 환영합니다!?"  # the site's greeting
    r"|.{1,200} 관련 (?:이미지|사진)"  # an image's alt text the site writes: "<headline> 관련 이미지"
    r"|.{0,30}고유\s*링크\s*주소.{0,40}"  # a permalink notice: "다른 곳에 퍼가실 때는 아래 고유 링크 주소를 …"
    r"|※?\s*본 게시물은 .{1,160}"  # a board's note about the post: "※ 본 게시물은 … 요약, 번역 …"
    r"|salir de la versión móvil|exit mobile version|모바일 버전 종료"  # a mobile page's way out
    r"|(?:기사\s*)?(?:url|주소|링크)(?:이|가)\s*복사되었습니다|(?:the )?(?:link|url) (?:has been |was )?copied"
    r"(?: to (?:the )?clipboard)?|(?:enlace|url|link) copiado(?: al portapapeles)?"  # a share button's toast
    r"|close (?:this )?search(?: box| form)?|cerrar (?:el )?(?:cuadro de )?b[uú]squeda|검색창?\s*닫기"  # a search box's
    r"|(?:이 )?글자\s*크기로 변경됩니다|글자\s*크기\s*설정.{0,80}|\(예시\) .{1,200}"  # a font-size slider, its sample text
    r"|(?:전체 )?맥락을 이해하기 위해서는 본문 보기를 권장합니다"  # a machine summary's notice above it
    r"|(?:this is an? )?unofficial (?:\w+ )?translation of the original .{1,60}|.{0,60}\bclick here"  # a translation's notice
    r"|(?:esta es una )?traducci[oó]n no oficial .{1,60}|.{0,60}\bhaga clic aqu[ií]"
    r"|<?\s*이미지를 클릭하시면 (?:크게|원본을) (?:보실|볼) 수 있습니다\s*>?\s*\|?"  # an image's zoom hint
    r"|click (?:on )?(?:the )?(?:image|photo) to (?:enlarge|zoom|see it larger)|haga clic en la (?:imagen|foto) para ampliar(?:la)?"
    r"|.{0,60}(?:이미지|사진) ?(?:크게 ?보기|확대 ?보기)|.{0,60}\b(?:enlarge|expand|zoom) (?:the )?(?:image|photo|picture)"  # a zoom
    r"|.{0,60}\b(?:ampliar|ver) (?:la )?(?:imagen|foto)(?: ampliada)?"  # button's label: "기사의 0번째 이미지 이미지 크게 보기"
    r"|(?:지금 보시는 )?(?:뉴스|기사)를 읽어\s?드립니다|(?:뉴스|기사)\s?듣기-?"  # a text-to-speech player's notice
    r"|.{0,30}음성을 재생하면 .{0,20}데이터 통화료가 부과될 수 있습니다"
    r"|.{0,80}\b(?:ctrl|strg)\s*\+\s*enter\b.{0,30}"  # a typo-report notice: "select it and press Ctrl + Enter"
    r"|listen to (?:this |the )?(?:article|story|news)|escuch(?:ar|e) (?:esta |la )?(?:noticia|nota|art[ií]culo)"
    r"|\S?언어\s?선택|select (?:a |your )?language|(?:seleccion(?:e|ar)|elija|elegir) (?:el |un |su )?idioma"  # a language picker
    r"|주요\s?(?:기사|뉴스)|top (?:stories|news)|(?:noticias|notas) destacadas"  # a section's label
    r"|descripci[oó]n de (?:la )?(?:imagen|foto(?:graf[ií]a)?)|(?:image|photo) description|(?:이미지|사진) 설명"  # an image's
    r")[.!>]?$")


# A label naming a part of the news item's page: "Categorías de la noticia", "Resumen de la noticia".
# What a label names a part of: "… de la noticia", "… del artículo".
_OF_THE_ITEM = r"de la noticia|del art[ií]culo|de la nota"
_ITEM_PART_LABEL = re.compile(rf"^[A-ZÁÉÍÓÚ][a-záéíóúñ]+ (?:{_OF_THE_ITEM})$")
# A portal's note that a machine summarised the story ("… 기술을 사용하여 … 3줄로 요약한 결과입니다").
_MACHINE_SUMMARY = re.compile(r"(?i)요약.{0,40}기술을? 사용|기술을 사용하여.{0,80}요약|자동\s?요약(?:한 결과|된 내용)|\b(?:summary|resumen) "
                              r"(?:was |fue )?(?:generated|generado|automatically generated) (?:by|por|con)\b"
                              r"|\b(?:AI|machine)[- ]generated summar(?:y|ization)|\bresumen generado (?:por|con) (?:IA|inteligencia)"
                              r"|AI\s*생성\s*(?:삽화|이미지|그림)|\bAI[- ]generated (?:image|illustration|picture)"
                              r"|\b(?:imagen|ilustración) generada (?:por|con) (?:IA|inteligencia)")


# A board's details on one line, two short labels or more each with its value: "작성자 : Latin
# America 작성일 : 2015-11-20 14:40:21 조회수 : 192", "국가 : 멕시코 언어 : 한국어 자료 : 정치".
_BOARD_FIELD = r"[^\s:]{1,6} ?: ?(?:[^:]|(?<=\d):(?=\d)){1,40}?"  # a time's colon may be in the value
_LABEL_PAIRS = re.compile(rf"^{_BOARD_FIELD}(?: {_BOARD_FIELD})+$")


def opens_machine_summary(text: str) -> bool:
    """The notice a portal prints above its machine summary of the story ("전체 맥락을 이해하기
    위해서는 본문 보기를 권장합니다": read the text for its whole context)."""
    return _SUMMARY_AHEAD.search(text) is not None


_SUMMARY_AHEAD = re.compile(r"본문 (?:보기를|전체를 보시길) 권장합니다\.?$|자동\s?요약된 내용입니다")


def is_reading_aid(text: str) -> bool:
    """"Tiempo de lectura: 2 min", "El artículo continúa abajo", "라벨이 멕시코인 게시물 표시",
    "Resumen de la noticia", a machine summary's notice."""
    line = strip_bullet(text).strip()
    return _READING_AID.match(line) is not None or _ITEM_PART_LABEL.match(line) is not None \
        or _MACHINE_SUMMARY.search(line) is not None


_BARE_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")


def is_hashtag_line(text: str) -> bool:
    """A line of hashtags only ("#한일외교 #한중외교"): the post's tags; or one account's handle, its
    network in brackets perhaps ("@Example_Ministry (X)"): a picture's or a post's credit."""
    return bool(text.strip()) and all(word.startswith("#") for word in text.split()) \
        or _HANDLE_ALONE.fullmatch(text.strip()) is not None


_HANDLE_ALONE = re.compile(r"@\w{2,30}(?: \((?:X|Twitter|Instagram|Facebook|Threads)\))?")


def is_labelled_link(text: str) -> bool:
    """A short label and an address after its colon ("Read the full statement: https://…",
    "기자회견 내용 전문 읽기(영문): https://…"): a link out of the page, never its text."""
    found = _LABELLED_LINK.fullmatch(strip_bullet(text).strip())
    return found is not None and words(found.group(1)) <= LINK_LABEL_WORDS


_LABELLED_LINK = re.compile(r"([^:：]{2,80})\s?[:：]\s*https?://\S+")
LINK_LABEL_WORDS = 8


def is_bare_url(text: str) -> bool:
    """A line that is only an address: a short link to the story or a share target ("https://p.dw.com/p/2iMxs")."""
    return _BARE_URL.match(strip_bullet(text).strip()) is not None


def is_file_name(text: str) -> bool:
    """A line that is only a file's name ("161117_koreacentralasia_art1.jpg"), an image's
    alternative text made of one without its extension ("pr 05082022 02") or a page's address
    slug: left by the scraper."""
    line = strip_bullet(text).strip()
    return _FILE_NAME.fullmatch(line) is not None or _STAMPED_NAME.fullmatch(line) is not None \
        or _SLUG.fullmatch(line) is not None


# A page's address slug alone: "vicepresidenta-de-colombia-realiza-visita-oficial-a-etiopia".
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){3,}")

# A name of short codes and numbers, one a date stamp of six digits or more, no word of three letters.
_STAMPED_NAME = re.compile(r"(?=.*\d{6})(?:[A-Za-z]{0,2}[\d_-]*)(?:[ _-]+[A-Za-z]{0,2}[\d_-]*){0,3}")


def is_tool(text: str) -> bool:
    """A line of an article's toolbar: print, share, scrap, font size ("기사 스크랩", "Compartir"),
    a slider's buttons ("이전 다음", "Previous Next")."""
    line = strip_bullet(text)
    return _TOOLBAR.search(line) is not None and words(line) <= 3 or _PAGER.fullmatch(line.strip()) is not None \
        or _COMMENT_PROMPT.match(line.strip()) is not None and words(line) <= COMMENT_PROMPT_WORDS


# The comment box's prompt among the article's tools: "댓글 첫 댓글을 작성해보세요", "Be the first to comment".
_COMMENT_PROMPT = re.compile(r"(?:댓글\s*)?(?:첫\s*)?댓글을\s*(?:작성|남겨|달아)|(?i:be the first to comment|s[eé] (?:el|la) primer[oa] en comentar)")
COMMENT_PROMPT_WORDS = 6


_PAGER = re.compile(r"(?i)[«‹<]?\s*(?:이전|다음|previous|prev|next|anterior|siguiente|back|volver)"
                    r"(?:\s*[|/·]?\s*(?:이전|다음|previous|next|anterior|siguiente))?")


READ_MORE = re.compile(r"(?i)^(?:read more|leer m[aá]s|seguir leyendo|더 ?보기|기사 ?더보기)\s*(?:\.\.\.|…|»|>+)?$")
# Another story's opening cut and closed by its link: "… an increased output of 91,500… Read more »".
_CUT_BY_READ_MORE = re.compile(r"(?i)(?:(?:\.\.\.|…)\s*(?:read more|leer m[aá]s|seguir leyendo)\s*(?:\.\.\.|…|»|>+)?"
                               r"|(?<![.!?])\s(?:read more|leer m[aá]s|seguir leyendo)\s*(?:\.\.\.|…|»|>+))$")  # "… de Rela Leer más...": cut in a word


def is_cut_caption(text: str) -> bool:
    """"Photo: ACP Howell Gillett, Commander of National...": another story's picture caption in
    a list of teasers, cut by the site's length limit; the story's own caption is printed whole."""
    return _CUT_CAPTION.match(text.strip()) is not None


_CUT_CAPTION = re.compile(r"(?i)^(?:photo|foto|image|imagen|사진)\s*:.{5,150}?[\w,](?:\.\.\.|…)$")


def is_cut_opening(text: str) -> bool:
    """A story's opening cut by a site's length limit in the middle of its sentence, the
    ellipsis glued to the last word ("… en edad de trabajar, pero su…"): a teaser of
    another story; a list of them closes a page (a text's own paragraph ends its sentence)."""
    return _CUT_OPENING.search(text.strip()) is not None


_CUT_OPENING = re.compile(r"[\w,;’'”)](?:…|\.\.\.)$")


def is_cut_teaser(text: str) -> bool:
    """A teaser of another story: its first words cut off and closed by "Read more"; a
    release never ends its own paragraph with a link to go on. Or one opening with the link
    of the teaser above it, the copy having lost the line break ("Ver MásLos ministros …")."""
    return _CUT_BY_READ_MORE.search(text.strip()) is not None or _GLUED_READ_MORE.match(text) is not None


# A "read more" link glued to the next teaser's first word, no space between them.
_GLUED_READ_MORE = re.compile(r"^\s*(?:[Rr]ead [Mm]ore|[Ll]eer [Mm][aá]s|[Vv]er [Mm][aá]s|[Ss]ee [Mm]ore|[Ss]eguir [Ll]eyendo)"
                              r"(?=[A-ZÁÉÍÓÚÑ])")


def is_call_to_action(text: str) -> bool:
    """The site asking its reader to subscribe, follow or install ("Recibe actualizaciones en
    tiempo real..., suscríbete ahora."): a sentence, but never the release's; a link that
    asks to be clicked, however long ("Click to Discover the Top 10 …")."""
    return bool(_CALL_TO_ACTION.search(text)) and words(text) <= CALL_TO_ACTION_MAX_WORDS or _CLICK_PROMPT.match(text) is not None


_CLICK_PROMPT = re.compile(r"(?i)^\s*(?:click (?:here )?to|haz clic (?:aquí )?para|pulsa (?:aquí )?para)\b")


def is_markdown_image(text: str) -> bool:
    """"![[방송]아베 일본 총리 … 방한](/data/photos/….gif)": an image as a converter writes it in
    markdown, its alt text another story's headline (cut or whole)."""
    return text.lstrip().startswith("![")


def is_site_notice(text: str) -> bool:
    """What the site says about the page, not the story: a paywall ("La nota a la que intentas
    acceder es exclusiva para suscriptores"), an agency's story published by machine ("Noticia
    servida automáticamente por la Agencia EFE", "… auto-generated from a syndicated feed"), the
    edition being read ("Has elegido la edición de …"), an archive's note on the site it keeps
    ("이 웹사이트는 … 대통령기록관이 이관받아 서비스하는 대통령기록물입니다", "This website has been archived"), a
    share button's "copied to the clipboard", a wire's count of the releases it carries."""
    lowered = text.lower()
    return any(hint in lowered for hint in _NOTICE_HINTS) and _SITE_NOTICE.search(text) is not None


_NOTICE_HINTS = ("suscriptor", "subscriber", "automátic", "syndicated", "edición", "edition", "contraseña", "기록물", "archived", "archivad",
                 "portapapeles", "clipboard", "클립보드", "posted", "published", "publicad", "페이지에", "사이트에", "누리집에",
                 "translated", "traducid", "original language", "originally published", "original article", "artículo original",
                 "ctrl", "카테고리", "저작권 정책")
_SITE_NOTICE = re.compile(r"(?i)exclusiv[ao] para suscriptores|si ya (?:sos|eres|es) suscriptor|for subscribers only"
                          r"|카테고리는 언론사가 분류합니다|(?:두 개 이상의|여러) 카테고리로 분류할 수 있습니다"  # a news portal's note on its sections
                          r"|already a subscriber\?|servida automáticamente|se publica en nuestra web de manera automática"
                          r"|auto-generated from a syndicated feed|^has elegido la edición\b|^you are (?:viewing|reading) the \w+ edition"
                          r"|^ingres(?:ar|á|e) con (?:tu|su) usuario y contraseña"
                          r"|^이 (?:웹사이트|누리집|홈페이지)는 .*기록물|웹기록물 담당자"
                          r"|^this (?:website|site|page) (?:has been|is|was) archived|^(?:este|esta) (?:sitio|página)(?: web)? (?:es|está|ha sido) archivad[oa]"
                          # a share button's notice: "El texto se ha copiado correctamente en el portapapeles"
                          r"|copiad[oa] (?:correctamente )?(?:en|al) (?:el )?portapapeles|copied to (?:the |your )?clipboard|클립보드에 복사"
                          # a syndicating site's disclaimer, a Korean site's copyright note on its pages
                          r"|published this content on .*solely responsible|^(?:본|이) (?:페이지|사이트|홈페이지|누리집)에 (?:등재|게시|수록)된"
                          r"|^\W{0,2}\s*\S{1,12} (?:뉴스|기사)의 저작권 정책은"  # "· ○○ 뉴스의 저작권 정책은 …(으)로 문의하여 주시기 바랍니다"
                          # where a syndicated story first appeared: "This article is originally published on …"
                          r"|^this (?:article|story) (?:is|was) originally published (?:on|in|by)\b"
                          r"|^read the original article (?:on|at|in)\b|^(?:lea|leer|ver) el artículo original\b"
                          # a typo-report widget's instruction: "… select mistaken part of the text and press Ctrl + Enter"
                          r"|\bpress ctrl ?\+ ?enter\b|\bpresione ctrl ?\+ ?enter\b"
                          # a machine translation's notice and its link to the original
                          r"|translated by (?:artificial intelligence|machine translation)|^\w{2} flag go to the original language article"
                          r"|traducid[oa] (?:automáticamente|por (?:la )?inteligencia artificial)"
                          # the wire's running count of what it carries: "There were 967 press releases posted in the last 24 hours"
                          r"|[\d,.]+ (?:press releases|news releases|releases|articles|stories|noticias|comunicados) "
                          r"(?:were )?(?:posted|published|publicad[oa]s)\b")


def is_channel_call(text: str) -> bool:
    """The site's call to follow it on a messaging or social channel, however long ("Suscríbete
    a nuestro canal de Telegram … para que estés al día …"): a release never names its reader's app."""
    return _CHANNEL_CALL.search(text) is not None


_CHANNEL_CALL = re.compile(r"(?i)\b(?:suscr[ií]b[ea]te|[úu]n[ea]te|unirse|s[ií]guenos|sigue (?:nuestro|el)|invitaci[oó]n al|subscribe|join|follow (?:us|our))\b.{0,40}"
                           r"\b(?:telegram|whatsapp|youtube|instagram|tiktok|facebook|twitter|google news|canal|channel|newsletter|bolet[ií]n)\b")


_SENTENCE_BEFORE_DATE = re.compile(r"([^\W\d_]{3,})\.\s+$")


def date_only(text: str) -> bool:
    """A line that is a date with at most a label or a number around it ("16 de abril de 2023 -
    1:00 p. m.", "2022년 1월 26일 (수요일)", "[제587호]2018년 10월 12일")."""
    date = find_date(text, span=True)
    if date is None:
        return False
    start, end = date
    after = _UPDATED.sub("", text[end:])
    if is_byline(after.strip()):
        after = ""  # "11 marzo 21Por: Juan Soto": the writer's name after the date
    if _WRAPPED_ON.search(after):
        return False  # "realizado el 5 de junio de 2007 en la": a hard-wrapped sentence goes on
    if (caption := _SENTENCE_BEFORE_DATE.search(text, 0, start)) is not None and not is_weekday(caption.group(1)):
        return False  # "Dr Ana Ruiz. 27 January 2025": a caption naming whom the photo shows, then when
    rest = _OF_THE_STORY.sub("", text[:start] + " " + after)
    return words(rest) <= 4 and not is_prose(text) and not is_dateline(text) \
        and not (is_korean_subtitle(rest.strip()) and not has_clock_time(text))  # "제11차 … 패널들 2014-12-30": a board's title


# A field's label naming what it belongs to: "Fecha de publicación de la noticia 20/09/2022".
_OF_THE_STORY = re.compile(rf"(?i)\s(?:{_OF_THE_ITEM}|of (?:the|this) (?:article|story))\b")


def is_title_label(text: str) -> bool:
    """The headline under its field's label, written for screen readers ("Título de la noticia
    Las Agencias …", "Title: …"): the title, whatever copies of it stand above."""
    return _TITLE_LABEL.match(text.strip()) is not None


_TITLE_LABEL = re.compile(r"(?i)^(?:título de la noticia|título|title|제목)\s*[:：]?\s+(?=\S)")


def labelled_title(text: str) -> str:
    """The headline after its field's label ("Título de la noticia X" -> "X")."""
    return text.strip()[_TITLE_LABEL.match(text.strip()).end():]


# A line of hard-wrapped prose ends on a short lower-case word the next line completes.
_WRAPPED_ON = re.compile(r"\s(?:en|la|el|de|del|y|a|con|por|para|the|of|in|and|to|at|on)$")


# When a dated line says the page was changed since: "/ Updated an hour ago", "| Actualizado 10:32",
# "오후 7:16 업데이트: 2022년 07월 5일 오후 7:16".
_UPDATED = re.compile(r"(?i)\s*(?:[/|·]\s*)?(?:last )?(?:updated|actualizad[oa]|modificad[oa]|수정|업데이트)\b.*$")


DATELINE_PLACE_WORDS = 5  # "Seúl, República de Corea,"; a longer opening is a headline with its date


_FIRST_PERSON = re.compile(r"(?:I['’]m|I am|I have|I've|Soy|저는)\s")


def is_author_bio(text: str) -> bool:
    """An author's self-description ("I'm a detail-oriented ... multitasker"): a long line in
    the first person. Only an author box under a name is taken for chrome (see boundaries)."""
    return _FIRST_PERSON.match(text.strip()) is not None and words(text) >= 8


# A Korean wire story's opening: "(서울=뉴스1) 박재우 기자 =", "[서울=뉴스핌] 이영태 기자 =".
WIRE_BYLINE = re.compile(r"^[(\[]\S+=\S+[)\]]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*)?=")


def is_wire_byline(text: str) -> bool:
    """The line that opens a Korean wire story with its place, agency and reporter."""
    return WIRE_BYLINE.match(text.strip()) is not None


# A story's opening dateline: a place (one to three words, or a Korean city), perhaps a date and
# an agency, then a dash ("서울 – ", "SEOUL, Sept. 27 (Yonhap) -- ", "Lima, 3 de mayo (EFE).- "),
# or a Korean wire's city and agency in brackets.
_OPENING_DATELINE = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w.]*(?: [A-ZÁÉÍÓÚÑ][\w.]*){0,2}|[가-힣]{2,4})(?:,[^–—]{2,40}?)?"
                               r"(?: ?\([^()]{2,30}\))?(?: ?(?:--|–|—) ?|\.- ?|\.? - |(?<=\))-| : )\S"  # (" : ": "Wellington : …")
                               r"|^[(\[][가-힣]{2,4}=[^()\[\]]{2,20}[)\]]")  # Korean wires: "(서울=연합뉴스)", "[서울=뉴시스]"


def opens_with_dateline(text: str) -> bool:
    return _OPENING_DATELINE.match(text) is not None


def after_dateline(text: str) -> str:
    """The paragraph without the dateline it opens with (the text itself when it has none)."""
    found = _OPENING_DATELINE.match(text)
    return text[found.end() - 1:] if found is not None and not text.startswith(("(", "[")) else text


def has_clock_time(text: str) -> bool:
    """"18:19": a time of day, which a site's stamp carries and a release's dateline does not."""
    return _CLOCK_TIME.search(text) is not None


# A wire's name between slashes and its dash after a dateline's date ("…, October 31, 2023/APO Group/ --").
_WIRE_AFTER_DATE = re.compile(r"^\s*/[^/]{2,30}/\s*(?:--|[-–—])?\s*$")


def is_place_dash(text: str) -> bool:
    """A wire story's place and dash on a line of their own, its text on the next ("Bruselas —",
    "SEOUL (Yonhap) --")."""
    return _PLACE_DASH.fullmatch(text.strip()) is not None


_PLACE_DASH = re.compile(r"[A-ZÁÉÍÓÚÑ][\w.'’-]*(?: [A-ZÁÉÍÓÚÑ][\w.'’-]*){0,2}(?: \([^()]{2,20}\))? ?(?:—|–|--|-)")


def is_wire_dateline(text: str) -> bool:
    """A wire story's dateline alone on its line: the place in capitals (its country in
    brackets), the date and the agency in brackets, a dash ("RIAD (ARABIA SAUDI), 9 Abr.
    (EUROPA PRESS) -")."""
    return _WIRE_DATELINE.fullmatch(text.strip()) is not None


_WIRE_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]+(?: \([^()]{2,30}\))?, [^()]{1,25}\([A-ZÁÉÍÓÚÑ][^()]{1,30}\)\s*[-–—.]+")
_SPANISH_DATE_A = re.compile(r",\s+a$")  # "Ciudad de México, a 15 de junio de 2018"


def is_dateline(text: str) -> bool:
    """A place and a date, in either order ("Seúl, República de Corea, 26 de enero de 2022",
    "22 May 2015, Seoul"): part of the release as written, unlike a page's publication date.
    A day of the week before the date is no place ("Wednesday, October 11, 2017")."""
    date = find_date(text, span=True)
    if date is None:
        return False
    place, after = _SPANISH_DATE_A.sub(",", text[:date[0]].rstrip()), _WIRE_AFTER_DATE.sub("", text[date[1]:])
    if place and is_weekday(place.rstrip(", ")):
        return False
    if place and is_weekday(place.rstrip(", ").split()[-1]) and has_clock_time(place):
        return False  # "22:14 horas - Miércoles, 3 Abril 2019": the time and the day, no place
    if (weekday := _LAST_WORD_BEFORE_DATE.search(place)) is not None and is_weekday(weekday.group(1)):
        place = place[:weekday.start()] + ","  # "BELIZE CITY, Thurs. Mar. 30, 2023": the day of the week between
    if not place:  # the date first: a place of one to three capitalised words after a comma
        return re.fullmatch(r",\s*(?:[^\W\d_][\w’'.-]*,?\s*){1,4}", after) is not None and after.strip(", ")[:1].isupper()
    if _PLACE_WITH_STOP.fullmatch(place) and _CLOCK_AFTER_DATE.fullmatch(after):
        return True  # "Belmopan. August 9, 2021. 2:50 p.m.": the place closed by a full stop, the time after the date
    return place.endswith(",") and has_letters(place) and words(place) <= DATELINE_PLACE_WORDS and words(after) <= 1


_LAST_WORD_BEFORE_DATE = re.compile(r",\s*([^\W\d_]+\.?)$")
_PLACE_WITH_STOP = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]+ ){0,2}[A-ZÁÉÍÓÚÑ][\w'’-]+\.")
_CLOCK_AFTER_DATE = re.compile(r"(?i)[.,]?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|h(?:rs)?\.?)?)?\s*")


# A photo's credit after the copyright sign, its agency and photographers between slashes
# ("© dpa/Malte Ossowski/Sven Simon - OSZE"): a picture's, inside the text, not the page's notice.
_PHOTOGRAPHERS = re.compile(r"[©ⓒ]\s*[^\s/]+(?: [^\s/]+)*(?:\s?/\s?[^\s/]+(?: [^\s/]+)*){1,4}")


def ends_body(text: str) -> bool:
    """A line after which a page's body is over: share bars, comment forms, copyright notices,
    a heading over related stories, a wire story's end mark (what follows it is the site's
    list of other stories), the site's notice about its cookies, a wall asking to register or
    subscribe to read on."""
    line = strip_bullet(text)
    stripped = line.strip()
    if _END_MARK.match(stripped) or is_sign_off(text) or _COOKIE_NOTICE.search(line) \
            or _READING_WALL.search(line) and words(line) <= READING_WALL_WORDS:
        return True
    if _COPYRIGHT_NOTICE.match(stripped):
        return True  # the whole notice on one line, however long: "Copyright © 2018 … All rights reserved. Distributed by …"
    if _COPYRIGHT.search(line) and words(line) <= COPYRIGHT_MAX_WORDS and not _CREDITED_SENTENCE.search(line) \
            and not _CREDIT_FIRST.match(line) and not _PHOTOGRAPHERS.fullmatch(stripped):
        return True  # not a caption's sentence with its credit: "… 환담을 나눴다. ⓒ 연합뉴스", "© Reuters. El rey …"
    if _COMMENT_LOGIN.match(stripped) or _RATING_WIDGET.match(stripped):
        return True
    if _LOGO_ALT.match(stripped) and words(stripped) <= LOGO_ALT_WORDS and not SENTENCE_END.search(stripped):
        return True  # the site's logo in its footer, as alt text: "El logo de la agencia de noticias … - … Mundo"
    if _COMMENT_WORDS.match(line):
        return words(line) <= COMMENT_MAX_WORDS
    if is_related_heading(line):
        return True
    return is_share_bar(line)


_LOGO_ALT = re.compile(r"(?i)^(?:el |la |the )?(?:logo|logotipo) (?:de|del|of)\b|^logo$")
LOGO_ALT_WORDS = 12


def is_outlet_name(text: str) -> bool:
    """A newspaper's or station's name alone on its line ("Mexico Daily Post", "Noticias RCN"):
    the site signing the story, above or under it, never a sentence of it."""
    return _OUTLET_NAME.match(text.strip()) is not None


# An outlet's name alone: capitalised words ending in a newspaper's word (or, in Spanish, after it),
# perhaps after its sister site's name ("ExampleNet, Example News Agency (XNA)").
_OUTLET_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*, )?(?:The )?(?:[A-Z][\w'’.-]* ){1,3}(?:Post|Times|News|Herald|Tribune|Journal|Gazette|Press|Daily"
                          r"|Observer|Reporter|Chronicle|Noticias|Diario|Prensa|(?:News|Press) Agency)"
                          r"(?: \([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\))?$"  # "Angola Press Agency (Luanda)": its seat after it
                          r"|^(?:[A-Z][\w'’.-]* ){1,2}News [A-Z][a-z]+$"  # an edition after the name: "Arab News Japan"
                          r"|^(?:Noticias|Diario|Prensa|Radio|Revista|Telenoticias)(?: [A-Z][\w'’.-]*){1,3}$"  # "Noticias RCN"
                          r"|^(?:[A-Z]{2,6}|[가-힣]{2,8}) ?(?:뉴스|일보|신문|통신|방송)$"  # "SBS 뉴스"
                          # the name with its motto after a dash: "Juventud Rebelde - Diario de la Juventud Cubana"
                          r"|^[^-–|]{2,40} [-–|] (?:Diario|Periódico|Semanario|Revista|Newspaper|Daily|Weekly)\b(?: \S+){0,6}$")


def is_markup_residue(text: str) -> bool:
    """"title=": an HTML attribute left without its value by the scraper; "spot_img": a page
    template's placeholder name (no prose writes a lone snake_case word); a code fence; a
    linked-data property's name over its value ("skos:altLabel"); a run of broken character references;
    a template's sample text."""
    stripped = text.strip()
    entities = _BROKEN_ENTITY.findall(stripped)
    return _ATTRIBUTE.fullmatch(stripped) is not None or _PLACEHOLDER.fullmatch(stripped) is not None \
        or _CODE_FENCE.fullmatch(stripped) is not None or _PROPERTY_NAME.fullmatch(stripped) is not None \
        or len(entities) >= BROKEN_ENTITIES_MIN and 2 * sum(map(len, entities)) > len(stripped) \
        or _TEMPLATE_TEXT.fullmatch(stripped) is not None


_CODE_FENCE = re.compile(r"«?`{1,3}(?:html|xml|markdown)?")  # "«`html": a generator's code fence, left in the copy

_ATTRIBUTE = re.compile(r"[a-z][a-z-]{1,20}=[\"']?")
_PLACEHOLDER = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")
# A page template's sample text left in place: "알림 문구가 한줄로 들어가는 영역입니다" (where the notice's line goes).
_TEMPLATE_TEXT = re.compile(r".{0,20}(?:문구|텍스트)가 .{0,20}들어가는 (?:영역|자리)입니다\.?")
# HTML character references the copy broke apart ("& Sigma; & tau; …", "& nbsp & nbspphilenews"): a title in
# another script, or spacing, that was never text
_BROKEN_ENTITY = re.compile(r"&\s?#?[A-Za-z0-9]{2,8};?")
BROKEN_ENTITIES_MIN = 3
_PROPERTY_NAME = re.compile(r"[a-z][a-z0-9]{1,15}:[a-z][A-Za-z0-9]+")  # a linked-data page's field: "skos:prefLabel", "rdf:type"


def is_document_kind(text: str) -> bool:
    """"Joint Communiqué", "Declaración Conjunta", "공동성명": the kind of document a release
    publishes, set under its headline; short as a menu label, but the text's subtitle."""
    return _DOCUMENT_KIND.match(text.strip()) is not None


_DOCUMENT_KIND = re.compile(r"(?i)^(?:joint|final|chair['’]?s?|ministerial|presidential|special) (?:communiqu[ée]|statement"
                            r"|declaration|press statement)$|^(?:comunicado|declaraci[oó]n) (?:conjunt[oa]|final|especial)$"
                            r"|^공동\s?(?:성명|선언|언론발표문)$")


def is_place_and_agency(text: str) -> bool:
    """"- Nicaragua / EFE": the place a wire story was filed from and its agency, under the lead."""
    return _PLACE_AND_AGENCY.match(text.strip()) is not None


_PLACE_AND_AGENCY = re.compile(r"^(?:[-–]\s)?[A-ZÁÉÍÓÚ][\w.]+(?: [A-ZÁÉÍÓÚ][\w.]+){0,2} / [A-Z]{2,8}$")


def is_sign_off(text: str) -> bool:
    """"-- BERNAMA-YONHAP", "Con información de EFE", "VOA 뉴스 김현진입니다.", "(Yonhap)": a story's sign-off."""
    return _SIGN_OFF.match(text.strip()) is not None


# A Korean reporter's name and role alone on a line: "김지석 기자", "이정진 특파원".
# (in lenticular brackets too, its syllables spaced, the photo's credit after it: "【유 종 헌 기자】 (사진: …)").
# A writer's name and desk, no "By": "Amanda Khoza Presidency reporter", "Ana Ruiz Political Correspondent".
_DESK_REPORTER = re.compile(r"(?:[A-Z][\w'’-]+ ){2,3}(?:[A-Z][\w'’-]+ ){0,2}(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Ee]ditor)")
_REPORTER_ALONE = re.compile(r"^【?(?:이 소식은\s+)?(?:[가-힣A-Za-z]{2,10}\s+(?=(?:[가-힣]\s?){2,4}(?:기자|특파원)))?"  # the outlet before: "이코노텔링 장재열 기자"
                            r"(?:[가-힣]\s?){2,4}(?:기자|특파원|통신원|객원기자)(?:입니다\.?|가 전해\s?드립니다\.?)?\s*】?"  # a broadcast's "… 기자입니다.", "이 소식은 … 기자가 전해드립니다."
                            r"(?:\s*[(\[]\s*(?:사진|Foto|Photo)\s*[=:][^()\[\]]*[)\]]|\s+[\w.-]+@[\w.-]*)?$")  # "… 기자 ooc@" (an address cut)


def is_byline(text: str) -> bool:
    """"Escrito por: Laura Casillas", "By the Caribbean Journal staff", "Édité par …", "김지석 기자": who wrote the story;
    a blog's filing and poster ("In Noticias, Política exterior by admin")."""
    line = strip_bullet(text)
    return _BYLINE.search(line) is not None or _REPORTER_ALONE.match(line.strip()) is not None \
        or _DESK_REPORTER.fullmatch(line.strip()) is not None \
        or _FILED_BY.fullmatch(line.strip()) is not None or _FROM_BYLINE.fullmatch(line.strip()) is not None \
        or ("EDACCI" in line or "edacci" in line) and _NEWSROOM.search(line) is not None


# A correspondent's byline with the place filed from: "From Aidoghie Paulinus, Abuja".
_FROM_BYLINE = re.compile(r"From (?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_FILED_BY = re.compile(r"(?:Posted )?[Ii]n [A-ZÁÉÍÓÚÑ][\w ]{1,30}(?:, [A-ZÁÉÍÓÚÑ][\w ]{1,30}){0,4} by \S{2,30}(?: \S+){0,2}")
# The newsroom signing a story: "mercedes lodeiro REDACCIÓN / LA VOZ", "Redacción BBC Mundo", or last
# among the story's labels ("Agencias, Últimas Noticias, Redacción").
_NEWSROOM = re.compile(r"\bREDACCI[ÓO]N\b|^\s*Redacci[óo]n\b(?! de)|^[^.;:]{3,80},\s*Redacci[óo]n\s*$")
# A post of a social network embedded in the page: its picture link, or its signature
# ("— Diario de Centro América (@DiariodeCA) September 4, 2018").
_EMBEDDED_POST = re.compile(r"\bpic\.twitter\.com/\w+|^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+\S+(?: \S+){1,3}$")
# A related story's link, marked with a pointing hand or a label: "☞ 靑, 무인기 공동조사 北 제의 거부",
# "PUEDES LEER: Comisión Permanente puede elegir…", "Read also: …", in brackets too ("[Lee también: …]").
_POINTED_LINK = re.compile(r"(?i)^\s*\[?\s*(?:☞|(?:(?:también )?puedes? leer|lee también|lea también|(?:también )?te puede interesar"
                           r"|read also|also read|see also|(?:noticia|nota) relacionada|related (?:story|article))\s*:\s*\S"
                           # a label and the headline it points to between a bar: "LEE MÁS | …", "MIRA AQUÍ | …"
                           r"|(?:lee|leer|lea|mira|ver|vea) (?:más|aquí|también)\s*\|\s*\S|(?:read|see|watch) (?:more|also)\s*\|\s*\S"
                           # the label run into the headline it points to, no colon: "Te puede interesar Uruguay estudiará …"
                           r"|(?:(?:también )?puedes? leer|lee también|lea también|(?:también )?te puede interesar|read also|also read)"
                           r"\s+(?-i:[A-ZÁÉÍÓÚÑ¿\"“'‘]))")


def is_language_name(text: str) -> bool:
    """A language picker's item: a language's name alone, as CLDR writes it in English, Korean
    or Spanish ("• 한국어", "English", "중국어(간체)"), or the picker's locale codes in a row
    ("• de-DE1 en-GB1 es-ES1", each perhaps with a count)."""
    name = re.sub(r"\s*\([^()]{1,10}\)$", "", strip_bullet(text).strip().rstrip("·|/ "))  # "English (US) ·"
    return 0 < len(name) <= LANGUAGE_NAME_CHARS and name.casefold() in _language_names() \
        or _LOCALE_CODES.fullmatch(strip_bullet(text.strip())) is not None \
        or _AVAILABLE_IN.match(text.strip()) is not None and words(text) <= AVAILABLE_IN_WORDS


# The picker's sentence: "This text available in Հայերեն and Русский", "También disponible en: English".
_AVAILABLE_IN = re.compile(r"(?i)^(?:this (?:text|page|article|story|news) (?:is )?|(?:also|también) )?(?:available in|disponible en)\b")
AVAILABLE_IN_WORDS = 10


_LOCALE_CODES = re.compile(r"[a-z]{2}[-_][A-Z]{2}\d*(?:\s*[|/]?\s*[a-z]{2}[-_][A-Z]{2}\d*)+")


LANGUAGE_NAME_CHARS = 25


@cache
def _language_names() -> frozenset[str]:
    """The names of the languages with a two-letter code, in the languages the cleaner reads."""
    from babel import Locale

    return frozenset(name.casefold() for locale in ("en", "ko", "es")
                     for code, name in Locale(locale).languages.items() if len(code) == 2)


def is_embedded_post(text: str) -> bool:
    return _EMBEDDED_POST.search(text.strip()) is not None


def is_pointed_link(text: str) -> bool:
    return _POINTED_LINK.match(text) is not None


def is_share_bar(text: str) -> bool:
    """"Compartir:", "Share this article", "공유하기": a page's share bar; or its buttons, two
    social networks named or more ("트위터 페이스북 카카오톡 …", "Facebook Twitter WhatsApp")."""
    line = strip_bullet(text)
    return bool(_SHARE_LINE.match(line)) and words(line) <= 5 \
        or len(set(_NETWORK.findall(line))) >= NETWORKS_MIN and words(line) <= NETWORK_BAR_WORDS and not SENTENCE_END.search(line)


_NETWORK = re.compile(r"(?<!\w)(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|WhatsApp|Telegram|TikTok|Pinterest"
                      r"|페이스북|트위터|인스타그램|유튜브|카카오톡|카카오스토리|텔레그램|네이버 ?밴드)(?!\w)", re.IGNORECASE)
NETWORKS_MIN = 2
NETWORK_BAR_WORDS = 20  # the bar may carry the page's other tools: "… 인쇄하기 메일로 보내기 글자 크게"


def is_footer(text: str) -> bool:
    """A trailing line of a page's footer: a strong footer line, a short label ("Tags:"), or
    a link to the story's source in another language ("Press release – KOICA (in Korean)")."""
    line = strip_bullet(text)
    return is_strong_footer(text) or line.endswith((":", "：")) and words(line) <= 6 \
        or _IN_ANOTHER_LANGUAGE.search(line) is not None and words(line) <= 8


# A link's note of the language its page is in.
_IN_ANOTHER_LANGUAGE = re.compile(r"(?i)\((?:in|en) (?:korean|english|spanish|coreano|ingl[eé]s|espa[nñ]ol)\)$"
                                  r"|\((?:국문|영문|한국어|영어|스페인어)\)$")


_BRACKETED = re.compile(r"^[(\[<][^()\[\]<>]+[)\]>]$")
CREDIT_MAX_WORDS = 12


# A label over another story set inside the text, which goes on after it.
_TEASER_LABEL = re.compile(r"(?i)^(?:también )?(?:te|le) (?:(?:puede|podría) interesar|interesará leer)|^te recomendamos|^le[ea] también|^read also"
                           r"|^see also|^also read|^함께 (?:보면 좋은|읽으면 좋은) 기사|^(?:당신을 위한 )?추천 (?:정보|기사|뉴스)$"
                           r"|^(?-i:MIRA|LEE|LEA|VEA|VER|ADEMÁS|READ|WATCH|SEE)(?=\s*:)"  # a news site's "MIRA: …"
                           r"|^también (?:lee|lea|puedes leer|te puede interesar)\s*:")  # "También lee:"
TEASER_MAX_WORDS = 25  # a label and another story's headline
# Where the story was taken from, on a line of its own after it: "Fuente: La Razón", "Source: Yonhap".
# (a Korean release's "* 출처:" is its footnote, unless it is only an address: "출처: https://…")
_SOURCE_CREDIT = re.compile(r"(?i)^(?:fuente|(?:original )?source(?: \([^()]{1,20}\))?|attribution|con información de)\s*:\s*\S"
                            r"|^(?:aggregated|curated|agregad[oa]|recopilad[oa]) (?:by|por) \S"  # an aggregator's credit under the copy
                            r"|^\[\s*(?:보도자료\s*)?출처\s*[:：][^\[\]]{1,30}\]$"
                            r"|^\W{0,2}\s*(?:출처|(?:기사\s*)?원문|원문\s*기사)\s*:\s*https?://\S+$"  # "▶ 기사 원문 : https://…"
                            r"|^(?:자료|영상|기사)\s?제공\s*[:：]\s*\S"  # the material's source: "자료 제공: 연합뉴스"
                            r"|^(?-i:(?:[A-Z][\w.&'’-]*\s){1,4}(?:staff )?report)$")  # the outlet's own credit: "Saudi Gazette report"
_CREDIT_TAIL = re.compile(r"(?:Crédito|Credit|Foto|Photo|사진)\s*:")


def is_source_credit(text: str) -> bool:
    """Where the story was taken from, on a line of its own ("Fuente: La Razón"), or the
    agency's desk codes signing it off ("oda/avr", "(END) NDP/FHG/MVB")."""
    line = text.strip()
    return _SOURCE_CREDIT.match(line) is not None and words(line) <= CREDIT_MAX_WORDS \
        or _DESK_CODES.fullmatch(line) is not None


# Editors' initials an agency's wire ends with, slash-separated, all in one case: "oda/avr", "rgc/ml",
# two desks' codes joined by a hyphen ("asb/ahg-lss/rml").
_DESK_CODES = re.compile(r"(?:\(END\) )?(?:[a-z]{2,4}(?:/[a-z]{2,4}(?:-[a-z]{2,4})?){1,3}|[A-Z]{2,4}(?:/[A-Z]{2,4}){1,3})")


# Another story's headline set inside the text after its kicker, a place or a topic and a
# colon ("Nicaragua: Alegría y emoción en madres que …"): a headline's words, no sentence's end.
_KICKER_HEADLINE = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?: [A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,2}: [A-ZÁÉÍÓÚÑ¿¡\"“].*[^.:!?\"”]")
KICKER_HEADLINE_WORDS = 5


def is_kicker_headline(text: str) -> bool:
    line = text.strip()
    return _KICKER_HEADLINE.fullmatch(line) is not None and words(line) >= KICKER_HEADLINE_WORDS


def is_teaser_label(text: str) -> bool:
    """The label alone, or with the other story's headline after its colon ("Le puede
    interesar: Coronavirus: 37 guatemaltecos ...")."""
    found = _TEASER_LABEL.match(text.strip())
    if found is None:
        return False
    headline_after = text.strip()[found.end():].lstrip().startswith(":")
    return words(text) <= (TEASER_MAX_WORDS if headline_after else RELATED_MAX_WORDS)


def credit_glued(earlier: str, text: str) -> bool:
    """`earlier` is the headline `text` with a label and a photo credit glued after it
    ("… con Presidente Boric PAÍS Crédito: Agencia Yonhap"), or the photographer and agency
    run on without a space ("… con ArgeliaAna Ruiz - Europa Press": the image's caption)."""
    return earlier.startswith(text + " ") and _CREDIT_TAIL.search(earlier, len(text)) is not None \
        or len(earlier) > len(text) and earlier.startswith(text) and _GLUED_PHOTOGRAPHER.fullmatch(earlier, len(text)) is not None


_GLUED_PHOTOGRAPHER = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'-]+(?: [A-ZÁÉÍÓÚÑ][\w’'-]+){1,2} [-–/|] [A-Z][\w.&' ]{1,30}")


def breadcrumb_glued(earlier: str, text: str) -> bool:
    """`earlier` is the headline `text` run on after its page's breadcrumb, the links' words
    glued to each other and to the headline, its dashes made plain ("HomeNewsGlobal
    NewsBelize - Republic of Korea signs …" over "Belize – Republic of Korea signs …")."""
    earlier, text = earlier.strip(), text.strip()
    if earlier.endswith(("...", "…")) and len(text) >= BREADCRUMB_HEADLINE_CHARS:
        start = earlier.find(text[:BREADCRUMB_HEADLINE_CHARS])  # the run-on headline cut: "HomeJamaicaWorld’s … -..."
        shown = earlier[start:].rstrip(".… -–") if start > 0 else ""
        crumbs = earlier[:start]
        return len(shown) >= BREADCRUMB_HEADLINE_CHARS and text.startswith(shown) and (
            crumbs[-1].isalpha() and words(crumbs) <= BREADCRUMB_WORDS  # glued: "HomeJamaicaWorld’s …"
            or _HOME_LINK.match(crumbs) is not None and words(crumbs) <= SPACED_BREADCRUMB_WORDS)  # "Inicio Asia Corea del sur …"
    if len(earlier) <= len(text) or earlier[-8:].translate(_PLAIN_DASHES) != text[-8:].translate(_PLAIN_DASHES):
        return False  # (most lines end otherwise: told before translating whole lines)
    earlier, text = earlier.translate(_PLAIN_DASHES), text.translate(_PLAIN_DASHES)
    crumbs = earlier[:len(earlier) - len(text)]
    return (len(text) >= BREADCRUMB_HEADLINE_CHARS and earlier.endswith(text) and crumbs[-1:].isalpha()
            and words(crumbs) <= BREADCRUMB_WORDS)


BREADCRUMB_WORDS = 4
SPACED_BREADCRUMB_WORDS = 6  # "Inicio Asia Corea del sur ": the home link and two sections
BREADCRUMB_HEADLINE_CHARS = 30  # a headline long enough that ending the same is no chance
_PLAIN_DASHES = str.maketrans("–—‐‑", "----")


_NAME_SIGNATURE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\.$")
_INITIALS_SIGNATURE = re.compile(r"^(?:[A-Z]{2,5}/){0,5}[A-Z]{2,5}/?$")


_SOURCE_LABEL_ALONE = re.compile(r"(?i)^(?:fuente|origen|source(?: link)?|출처)\s*:?$")
# A distributor's note of where the story came from, in brackets: "[뉴스출처 : 외교부]", "[Fuente: EFE]"
# (a source line of the text itself, "* 출처: 주칠레대한민국대사관", stands unbracketed).
_BRACKETED_SOURCE = re.compile(r"(?i)^\[\s*(?:뉴스\s?출처|기사\s?출처|자료\s?출처|출처|fuente|source)\s*[:：]\s*[^\[\]]{1,40}\]$")
_HOME_LINK = re.compile(r"(?i)^(?:home|홈|inicio)\s+")  # the link back to the site's front page, before its name


_DIGIT = re.compile(r"\d")


_BUILT_BY = re.compile(r"(?i)(?:maintained and developed|designed and developed|developed and maintained|powered) by [A-Z]")


def is_strong_footer(text: str) -> bool:
    """A footer line that is chrome even alone (not just a short last line cut by a page limit):
    no letters, tags and handles, share bars and the like, a skip link ("Back to top"), a call
    to action, a byline tag, a
    reporter's or press office's address, a wire credit alone, another story's headline under
    this one ("... 3개국 순방(종합)"), a site's credit in brackets with its address ("( KTV
    국민방송 케이블방송, 위성방송 ch164, www.ktv.go.kr )")."""
    line = strip_bullet(text)
    stripped = line.strip()
    if _BRACKETED.match(stripped) and _DOMAIN.search(stripped) and words(stripped) <= CREDIT_MAX_WORDS:
        return True
    if _BUILT_BY.search(stripped):
        return True  # the site's makers, perhaps glued to the last teaser: "…DaysMaintained and developed by … Group"
    if _ANGLE_HINT.match(stripped) and words(stripped) <= SHORT_LABEL_WORDS:
        return True  # the issuing office signed in angle brackets under a release: "<외교통상부>"
    if _INITIALS_SIGNATURE.match(stripped) or _NAME_SIGNATURE.match(stripped) or is_photo_credit(stripped):
        return True  # the editors' initials, the reporter's name or the photos' credit under a story: "CSAS", "Ana Ruiz."
    if _SOURCE_LABEL_ALONE.match(stripped) or _BRACKETED_SOURCE.match(stripped):
        return True  # the label of a source whose link the copy lost ("Origen", "Fuente:"), or a wire's "[뉴스출처 : 외교부]"
    if is_outlet_name(_HOME_LINK.sub("", stripped)):
        return True  # the newspaper's name alone under the story: "Mexico Daily Post", "home 연합뉴스"
    if is_release_number(stripped):
        return True  # the release's number under it: "Reference: E-157/04"
    if is_office_signature(stripped) or _ISSUED_BY.match(stripped):
        return True  # the issuing office signing under the text: "Ministry of Foreign Affairs and Foreign Trade", "ISSUED BY …"
    if _WIDGET_STATE.match(stripped) or is_cut_teaser(stripped):
        return True  # a widget still loading under the story ("loading"), another story's teaser
    if _DIGIT.search(stripped) and (fields := metadata(text)) and find_date(fields.get("date", "")):
        return True  # the page's labelled date under the story: "• Published May 29, 2024"
    if _GO_TO_LINK.match(stripped) or _BREADCRUMB.match(stripped) or _VIEW_ALL_LINK.match(stripped) \
            or _FULL_TEXT_LINK.match(stripped) and words(stripped) <= CREDIT_MAX_WORDS or _PERMALINK.match(stripped):
        return True  # a link to the site's other pages, to the document in full or to this one, or where the reader is
    if _NEWSLETTER_SIGN_UP.search(stripped):
        return True  # a newsletter's sign-up box flattened into one line, however long
    return not has_letters(line) or bool(_HASHTAG_OR_HANDLE.search(line)) or ends_body(line) or is_call_to_action(line) \
        or bool(_SKIP_LINK.search(line)) and words(line) <= SHORT_LABEL_WORDS or _SKIP_LINKS.fullmatch(stripped) is not None \
        or bool(_AUTHOR_TAG.fullmatch(line) or is_contact(stripped) or _CREDIT_ALONE.match(stripped)) \
        or bool(_WIRE_HEADLINE_TAG.search(line)) or is_download(line) \
        or is_source_credit(stripped) or is_teaser_label(stripped) or is_reading_aid(stripped) or is_share_bar(stripped)


# "Close Sign up for free AllAfrica Newsletters Get the latest …", "Suscríbete a nuestro boletín".
_NEWSLETTER_SIGN_UP = re.compile(r"(?i)\bsign up for (?:\S+ ){0,4}newsletters?\b|\bsuscr[ií]bete a (?:\S+ ){0,3}(?:bolet[ií]n|newsletter)"
                                 r"|뉴스레터\s?(?:구독|신청)")
# A short link to another page of the site under the story: "Go to UNDP Global", "Volver a Noticias".
# A link to the list of the site's stories, the reporter's byline tag or a back button beside it: "See all the
# news Back", "Ver todas las noticias", "[미디어펜=김소정 기자] ▶다른기사보기", "기사 모아 보기 >".
_VIEW_ALL_LINK = re.compile(r"(?i)^(?:\[[^\[\]]{1,30}기자\]\s*)?[▶>»]?\s*(?:(?:see|view|show|read) (?:all|more)(?: (?:of )?(?:the|our))?"
                            r" (?:news|articles|stories|posts|press releases|releases)|ver (?:todas las|todos los|más) (?:noticias|notas|art[ií]culos)"
                            r"|다른\s?기사\s?보기|기사\s?(?:모아|더)\s?보기)(?:\s+(?:back|volver))?\s*[>»]?$")
# The story's permalink as a share box writes it: "Headline | 뉴스다오 : https://newsdao.kr/…".
_PERMALINK = re.compile(r"^.{1,150} \| [^|:]{1,30} ?: ?https?://\S+$")
# A link to the text the story is about, in full: "Ver el documento completo de la Declaración de …".
_FULL_TEXT_LINK = re.compile(r"(?i)^(?:ver|leer|lea|consultar?|descargar?) (?:el|la) (?:documento|texto|comunicado|declaración|informe)"
                             r" (?:completo|íntegro|completa|íntegra)\b|^(?:read|see|view|download) the full (?:text|statement|document|report)\b")
_GO_TO_LINK = re.compile(r"(?i)^(?:go to|go back to|back to|volver a|ir a)\s(?:\S+\s){0,2}\S+$"
                         r"|^(?:visit|visite|visita) (?:the |our |el |nuestro )?(?:web ?site|sitio(?: web)?|página(?: web)?)\s*[»>›]?$")  # "Visit website »"
# A release's reference number alone on its line: "Reference: E-157/04", "Nota de prensa 042 - 23".
_RELEASE_NUMBER = re.compile(r"(?i)^(?:reference|ref\.|referencia|press release|nota de prensa|comunicado(?: de prensa)?"
                             r"|information for the press|información (?:a|para) la prensa)"
                             r"(?: n[oº°]\.?\s*:?$"  # "Information for the Press N°:", its number on the next line
                             r"|(?: n[oº°]\.?)?\s*[:#]?\s*[A-Z]{0,4}[-‐ ]?\d{1,4}(?:\s?[/-]\s?\d{1,4})?$)")


def is_release_number(text: str) -> bool:
    return _RELEASE_NUMBER.match(text.strip()) is not None


# A blog's or a news site's tag list is introduced by its label: "Etiquetas:" then the tags.
_TAGS_LABEL = re.compile(r"(?i)^(?:etiquetas|tags?|labels?|temas|palabras clave|keywords?|태그|키워드)\s*[:：]?(?:\s*[-–·|,])*$")


def is_tags_label(text: str) -> bool:
    return _TAGS_LABEL.match(strip_bullet(text).strip()) is not None


def is_label_bar(text: str) -> bool:
    """Category labels between pipes, each a few words: site chrome wherever it stands."""
    line = text.strip()
    return bool(_LABEL_BAR.match(line)) and all(
        words(cell) <= LABEL_BAR_CELL_WORDS for cell in line.strip("|").split("|"))
