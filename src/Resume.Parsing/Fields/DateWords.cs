namespace Resume.Parsing.Fields;

/// <summary>
/// The words dates are written with in English, German, French, Spanish, Portuguese, Italian, Dutch, Czech, Slovak,
/// Polish, the Scandinavian languages, Turkish and Romanian: each month's
/// names and the abbreviations people print, the words that leave a range open, the words between two dates and the
/// words before a start. Kept as regex alternatives (matched ignoring case) so the date grammar stays source-generated.
/// </summary>
internal static class DateWords
{
    // One month a line, every language's full name and abbreviations, then Russian, Ukrainian, Bulgarian and Greek ones
    // in their nominative and genitive ("январь", "января", "січня", "Σεπτεμβρίου") ("März", "févr.", "ene.", "out", "mrt"). An
    // alternative may be a prefix of another ("jul" / "juil"): the grammar backtracks to the one the text allows.
    private const string January = "jan(?:uary|uari|uar|vier|eiro|v)?|jänner|ene(?:ro)?|gen(?:naio)?|január|led(?:en|na)|sty(?:cz(?:eń|nia|en))?|ocak|ianuarie|янв(?:ар[ьяюе])?|січ(?:ень|ня)?|януари|ιαν(?:ουάριος|ουαρίου|ουαριος|ουαριου)?";
    private const string February = "feb(?:ruary|ruari|ruar|rero|braio|b)?|f[ée]v(?:rier|ereiro|r)?|február|únor|února|lut(?:y|ego)?|şubat|subat|februarie|фев(?:рал[ьяюе])?|лют(?:ий|ого)?|февруари|φεβ(?:ρουάριος|ρουαρίου|ρουαριος|ρουαριου)?";
    private const string March = "mar(?:ch|zo|ço|s)?|m[äa]rz|maerz|mär|mrz|mrt|maart|marec|březen|března|mar(?:zec|ca)|mart|martie|мар(?:т[ае]?)?|бер(?:езень|езня)?|μάρ(?:τιος|τίου)?|μαρ(?:τιος|τιου)?";
    private const string April = "apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|apríl|dub(?:en|na)|kwi(?:ecień|etnia|ecien)?|nisan|aprilie|апр(?:ел[ьяюе])?|квіт(?:ень|ня)?|април|απρ(?:ίλιος|ιλίου|ιλιος|ιλιου)?";
    private const string May = "may(?:o)?|mai(?:o)?|mag(?:gio)?|mei|maj(?:a)?|máj|květ(?:en|na)|mayıs|mayis|ма[йяе]|трав(?:ень|ня)?|μάι(?:ος)?|μαΐου|μαι(?:ος|ου)?";
    private const string June = "jun(?:e|i|io|ho)?|juin|giu(?:gno)?|jún|červen|června|cze(?:rw(?:iec|ca))?|haziran|iunie|июн[ьяе]?|черв(?:ень|ня)?|юни|ιούν(?:ιος|ίου)?|ιουν(?:ιος|ιου)?";
    private const string July = "jul(?:y|i|io|ho)?|juil(?:let)?|lug(?:lio)?|júl|červenec|července|lip(?:iec|ca)?|temmuz|iulie|июл[ьяе]?|лип(?:ень|ня)?|юли|ιούλ(?:ιος|ίου)?|ιουλ(?:ιος|ιου)?";
    private const string August = "aug(?:ustus|usti|ust)?|ao[uû]t|ago(?:sto)?|srp(?:en|na)|sie(?:rp(?:ień|nia|ien))?|ağustos|agustos|авг(?:уст[ае]?)?|серп(?:ень|ня)?|август|αύγ(?:ουστος|ούστου)?|αυγ(?:ουστος|ουστου)?";
    private const string September = "sep(?:t(?:ember|embre|iembre)?|tembre)?|set(?:embro|iembre|tembre|t)?|září|wrz(?:esień|eśnia|esien|esnia)?|eylül|eylul|septembrie|сен(?:т(?:ябр[ьяе])?)?|вер(?:есень|есня)?|септември|σεπ(?:τέμβριος|τεμβρίου|τεμβριος|τεμβριου)?";
    private const string October = "oct(?:ober|obre|ubre)?|okt(?:ober)?|out(?:ubro)?|ott(?:obre)?|október|říj(?:en|na)|paź(?:dziernik(?:a)?)?|pazdziernik(?:a)?|ekim|octombrie|окт(?:ябр[ьяе])?|жовт(?:ень|ня)?|октомври|οκτ(?:ώβριος|ωβρίου|ωβριος|ωβριου)?";
    private const string November = "nov(?:ember|embre|iembre|embro)?|lis(?:topad(?:u|a)?)?|kasım|kasim|noiembrie|ноя(?:бр[ьяе])?|лист(?:опад|опада)?|ноември|νοέ(?:μβριος|μβρίου)?|νοε(?:μβριος|μβριου)?";
    private const string December = "d[ée]c(?:ember|embre)?|dez(?:ember|embro)?|dic(?:iembre|embre)?|des(?:ember)?|prosin(?:ec|ce)|gru(?:d(?:zień|nia|zien))?|aralık|aralik|decembrie|дек(?:абр[ьяе])?|груд(?:ень|ня)?|декември|δεκ(?:έμβριος|εμβρίου|εμβριος|εμβριου)?";

    /// <summary>Any month's name, as one group.</summary>
    public const string Month = "(?:" + January + "|" + February + "|" + March + "|" + April + "|" + May + "|" + June
        + "|" + July + "|" + August + "|" + September + "|" + October + "|" + November + "|" + December + ")";

    /// <summary>A month's name, captured in the group named after its number (m1 … m12).</summary>
    public const string NumberedMonth = "(?<m1>" + January + ")|(?<m2>" + February + ")|(?<m3>" + March + ")|(?<m4>" + April
        + ")|(?<m5>" + May + ")|(?<m6>" + June + ")|(?<m7>" + July + ")|(?<m8>" + August + ")|(?<m9>" + September
        + ")|(?<m10>" + October + ")|(?<m11>" + November + ")|(?<m12>" + December + ")";

    /// <summary>Month names that are also English words or names ("Mars 2020" the mission, "Mai", "set", "out", "Mayo"):
    /// they are read as months only where a range or a "since" says the text is a date.</summary>
    public static bool IsAmbiguous(string month) => month.TrimEnd('.').ToLowerInvariant()
        is "mars" or "mai" or "mei" or "set" or "out" or "gen" or "ago" or "mag" or "mayo" or "marco";

    /// <summary>The end of a range that is still running: "Present", "heute", "aujourd'hui", "actualidad", "o momento",
    /// "oggi", "ora", "heden", "aktualnie", "do dziś", "do současnosti", "halen", "până în prezent", "jelenleg", "nuvarande",
    /// "по настоящее время" (the word before it, "bis", "à", "até", "tot", "do", is the range's separator).</summary>
    public const string Present = @"(?:bis\s+(?:heute|dato|jetzt)|present|current(?:ly)?|now|today|ongoing|continuing|onwards?|to\s+date|till?\s+date|date"
        + @"|heute|aktuell|jetzt|derzeit|laufend|andauernd|fortlaufend|dato|gegenwart|zurzeit|momentan"
        + @"|pr[ée]sent|aujourd['’]\s?hui|(?:à\s+)?ce\s+jour|en\s+cours|actuel(?:lement)?|maintenant"
        + @"|(?:la\s+)?actualidad|actualmente|actual|presente|hoy"
        + @"|atual(?:mente)?|(?:o\s+)?momento"
        + @"|oggi|ad\s+oggi|in\s+corso|attuale"
        + @"|heden|nu|huidig"
        + @"|(?:по\s+)?настоящее\s+время|(?:по\s+)?сей\s+день|сейчас"
        + @"|ora|attualmente|tuttora"
        + @"|(?:do\s+)?současnosti?|dosud|doposud|nyní|(?:do\s+)?súčasnosti?|doteraz|dodnes"
        + @"|obecnie|aktualnie|(?:do\s+)?teraz|(?:do\s+)?dzi[śs](?:iaj)?|(?:do\s+)?chwili\s+obecnej"
        + @"|nuvarande|pågående|idag|i\s+dag|nå|d\.\s?d|nutid"
        + @"|halen|günümüz|devam\s+ediyor|hâlâ"
        + @"|(?:(?:până|pana)\s+(?:în|in)\s+)?prezent|jelenleg|napjainkig"
        // Russian "н.в." (to the present time), Ukrainian, and the Chinese, Japanese and Korean words for "until now".
        + @"|(?:по\s+)?н\.\s?в|(?:по\s+)?теперішній\s+час|дотепер|досі|зараз|до\s+днес"
        + @"|至今|现在|目前|現在(?:に至る)?|現職|현재|재직\s?중)(?:\b|(?<=[\p{Lo}в]))";

    /// <summary>Any dash between two dates (hyphen-minus, the Unicode hyphens and dashes, minus, a tilde), an arrow
    /// ("Jan 2023 → now") or a word for "to": "bis", "à", "au", "a", "al", "hasta", "até", "tot", Polish and Czech "do",
    /// Turkish "ila", and "há", which
    /// Portuguese writers often type for "a" between two dates ("05/2021 há 09/2021"). A slash after a year and before a
    /// word parts two dates as a dash does ("Mar 2019 / Today", "May 2016/June 2018"); one between figures is a date's
    /// own ("05/2021") or a ratio's ("GPA 3.95 / 4.00").</summary>
    public const string Separator = @"\s*(?:-{1,2}|[\u2010-\u2015\u2212\u2E3A\u2E3B\u2192\u21D2\u27F6\u2794\u279D]|[~～〜]|至(?!今)|(?=至今)|到|から|по|to|until|till?|through|thru|(?=onwards?\b)"
        + @"|(?<=(?:19|20)\d{2}\s*)/(?=\s*\p{L})"
        // "Aralık-2012 Nisan-2013", "Jun 2019 Aug 2020": in a date column two month-and-year dates side by side are a range.
        + @"|(?<=(?<!\p{L})" + Month + @"\.?\s?[-–]?\s?(?:19|20)\d{2}\s+)(?=" + Month + @"(?!\p{L})\.?\s?[-–]?\s?(?:19|20)\d{2}(?!\d))"
        + @"|bis|à|au|a|al|hasta|até|ate|tot|t/m|há|do|ila)\s*";

    /// <summary>A season in place of a month ("Summer 2021", "Fall 2019 – Spring 2020", "Été 2025", "zomer 2016",
    /// "Sommer 2019", "verano de 2020", "verão 2018", "estate 2017"): only the year is a date's.</summary>
    public const string Season = "(?:spring|summer|fall|autumn|winter"
        + "|été|ete|printemps|automne|hiver"
        + "|sommer|frühling|fruehling|frühjahr|herbst"
        + "|zomer|lente|voorjaar|najaar|herfst"
        + "|verano|primavera|otoño|otono|invierno"
        + "|verão|verao|outono|inverno"
        + "|estate|autunno)";

    /// <summary>A word that places a date within its year ("late 2015", "mid-2019", "finales de 2016", "début 2020",
    /// "Ende 2018", "begin 2017"): it belongs to the date, not to the text before it.</summary>
    public const string WithinYear = @"(?:mid-|(?:early|late|mid|end\s+of|beginning\s+of|start\s+of"
        + @"|(?:finales|fines|principios|inicios|mediados|meados|final|início|inicio)\s+de|fin|début|debut|anfang|ende|mitte"
        + @"|begin|eind|medio|inizio|fine)\s+)";

    /// <summary>The marks printed before a two-digit year ("Sept '21", "Nov ‘23", and a stray "Jan “22").</summary>
    public const string Apostrophe = "['‘’`´“”]";

    /// <summary>Whether the character is one of <see cref="Apostrophe"/>'s marks.</summary>
    public static bool IsApostrophe(char c) => Apostrophes.Contains(c);

    public static readonly System.Buffers.SearchValues<char> Apostrophes = System.Buffers.SearchValues.Create("'‘’`´“”");

    /// <summary>A word before a start date that leaves the range open unless an end follows: "since", "seit",
    /// "depuis", "desde", "dal", "sinds", "vanaf", "från", "siden", "începând cu". Not Polish and Czech "od": it opens
    /// running sentences too ("Od lutego 2019 jestem członkiem…"), and "od 2018 do 2020" is read by its "do".</summary>
    public const string Since = "(?:since|from|seit|ab|depuis|dès|à partir de|desde|dal|sinds|vanaf|från|siden|începând\\s+cu)";

    /// <summary>"von 2019 bis 2021", "de 2019 à 2021", "van 2018 tot 2020": a word for "from" before a whole range is
    /// part of it, not of the text beside it.</summary>
    public static bool IsFromWord(ReadOnlySpan<char> word) =>
        word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("von", StringComparison.OrdinalIgnoreCase)
        || word.Equals("vom", StringComparison.OrdinalIgnoreCase) || word.Equals("de", StringComparison.OrdinalIgnoreCase)
        || word.Equals("du", StringComparison.OrdinalIgnoreCase) || word.Equals("desde", StringComparison.OrdinalIgnoreCase)
        || word.Equals("van", StringComparison.OrdinalIgnoreCase) || word.Equals("vanaf", StringComparison.OrdinalIgnoreCase)
        || word.Equals("da", StringComparison.OrdinalIgnoreCase) || word.Equals("dal", StringComparison.OrdinalIgnoreCase);

    /// <summary>Units of a printed length of time after a range ("(2 yrs 3 mos)", "(1 ano 10 meses)", "2 Jahre", "(25ay)"),
    /// the number set off by a space or not.</summary>
    public const string YearUnit = @"(?:years?|yrs?|jahre?|ans?|años?|anos?|anni|anno|jaar|jaren|roky?|let|lata?|år|yıl)";

    public const string MonthUnit = @"(?:months?|mos?|monate?|mois|meses|mes|mês|mesi|mese|maanden|maand|měsíc[eů]?|miesi[ąę]c[ey]?|miesięcy|månad(?:er)?|måneder|måned|ay)";
}
