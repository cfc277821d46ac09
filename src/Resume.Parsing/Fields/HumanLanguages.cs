using System.Collections.Frozen;

namespace Resume.Parsing.Fields;

/// <summary>Names of spoken languages, to tell a "Languages" section of English and Spanish from a skill group of Java
/// and Go under the same heading.</summary>
internal static class HumanLanguages
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "swedish", "norwegian", "danish",
        "finnish", "icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish",
        "russian", "ukrainian", "belarusian", "serbian", "croatian", "bosnian", "slovenian", "albanian", "macedonian",
        "lithuanian", "latvian", "estonian", "irish", "welsh", "catalan", "basque", "galician", "arabic", "hebrew",
        "persian", "farsi", "urdu", "hindi", "bengali", "bangla", "punjabi", "gujarati", "marathi", "tamil", "telugu",
        "kannada", "malayalam", "sinhala", "nepali", "chinese", "mandarin", "cantonese", "japanese", "korean",
        "vietnamese", "thai", "indonesian", "malay", "tagalog", "filipino", "swahili", "yoruba", "igbo", "hausa", "amharic",
        "somali", "zulu", "xhosa", "afrikaans", "kurdish", "armenian", "georgian", "azerbaijani", "kazakh", "uzbek",
        "mongolian", "burmese", "khmer", "lao", "latin", "esperanto", "sign language", "asl", "bsl", "luxembourgish",
        "maltese", "pashto", "dari", "tigrinya", "wolof", "lingala", "kinyarwanda", "malagasy", "maori", "samoan",
        "tongan", "hawaiian", "quechua", "guarani", "aymara", "haitian creole", "creole",
        // As German, French, Spanish, Portuguese, Italian and Dutch resumes name them.
        "deutsch", "englisch", "französisch", "spanisch", "italienisch", "portugiesisch", "niederländisch", "russisch",
        "polnisch", "türkisch", "arabisch", "chinesisch", "japanisch", "muttersprache",
        "allemand", "anglais", "français", "espagnol", "italien", "portugais", "néerlandais", "russe", "arabe", "chinois",
        "alemán", "inglés", "francés", "español", "italiano", "portugués", "neerlandés", "ruso", "árabe", "chino", "catalán",
        "alemão", "inglês", "francês", "espanhol", "português", "holandês", "russo", "chinês",
        "tedesco", "inglese", "francese", "spagnolo", "portoghese", "olandese", "cinese",
        "duits", "engels", "frans", "spaans", "italiaans", "portugees", "nederlands", "russisch", "arabisch",
        // The tongues after the commonest few, as those languages name them too.
        "latein", "griechisch", "schwedisch", "norwegisch", "dänisch", "finnisch", "tschechisch", "ungarisch", "rumänisch",
        "ukrainisch", "koreanisch", "hebräisch", "persisch", "vietnamesisch", "kroatisch", "serbisch", "bulgarisch",
        "latin", "grec", "suédois", "norvégien", "danois", "finnois", "tchèque", "hongrois", "roumain", "ukrainien", "polonais",
        "japonais", "coréen", "hébreu", "persan", "turc", "vietnamien", "catalan", "mandarin", "cantonais", "chinois mandarin",
        "latín", "griego", "sueco", "noruego", "danés", "finlandés", "checo", "húngaro", "rumano", "ucraniano", "polaco",
        "japonés", "coreano", "hebreo", "turco", "mandarín", "euskera", "gallego", "valenciano", "català", "castellano",
        "latim", "grego", "dinamarquês", "romeno", "polonês", "polaco", "japonês", "hebraico", "galego", "catalão",
        "latino", "greco", "svedese", "danese", "rumeno", "polacco", "giapponese", "ebraico", "russo", "arabo",
        "zweeds", "noors", "deens", "pools", "japans", "chinees", "turks", "grieks", "latijn",
        // As the lexicon's other languages name them: Polish, Czech and Slovak, the Scandinavian languages and Finnish,
        // Romanian, Turkish and Russian resumes write their tongues in their own words, often in lower case ("polski –
        // ojczysty", "engelsk – flydende"), which are the only sign that a list under "Sprog" or "Języki" is of tongues.
        "polski", "angielski", "niemiecki", "francuski", "hiszpański", "włoski", "rosyjski", "ukraiński", "czeski",
        "portugalski", "niderlandzki", "szwedzki", "norweski", "chiński", "japoński", "arabski",
        "čeština", "angličtina", "němčina", "francouzština", "španělština", "ruština", "slovenčina", "nemčina",
        "francúzština", "španielčina", "taliančina", "italština", "polština", "poľština",
        "dansk", "svenska", "svensk", "norsk", "engelsk", "engelska", "tysk", "tyska", "fransk", "franska", "spansk",
        "spanska", "finsk", "finska", "italiensk", "italienska", "russisk", "ryska", "færøsk", "føroyskt", "islandsk",
        "arabisk", "arabiska", "polsk", "kinesisk", "kinesiska", "nederlandsk", "hollandsk", "portugisisk",
        "englanti", "ruotsi", "saksa", "ranska", "venäjä", "espanja", "norja",
        "română", "engleză", "franceză", "germană", "spaniolă", "italiană", "rusă", "maghiară",
        "türkçe", "ingilizce", "almanca", "fransızca", "ispanyolca", "arapça", "rusça",
        // Turkish names that open on the dotted capital I, which no ordinal comparison folds to "i".
        "İngilizce", "İspanyolca", "İtalyanca", "italyanca", "japonca", "çince", "korece", "portekizce", "yunanca", "kürtçe",
        // Czech, Slovak and Polish also name a tongue by an adjective before their word for "language" ("Anglický jazyk",
        // "język angielski"): the adjective alone names it.
        "anglický", "nemecký", "německý", "francúzsky", "francouzský", "španielsky", "španělský", "ruský", "taliansky",
        "italský", "maďarský", "poľský", "polský", "český", "slovenský", "ukrajinský", "čínsky", "čínský", "japonský",
        "arabský", "portugalský", "holandský", "węgierski", "słowacki", "maďarčina", "ukrajinčina", "čínština",
        "русский", "английский", "немецкий", "французский", "испанский", "украинский", "итальянский", "китайский",
        "українська", "англійська", "німецька", "російська", "польська",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names as typed without their accents ("Ingles", "Frances", "Portugues"): many write them so.</summary>
    private static readonly FrozenSet<string> Unaccented = Names.Select(Text.Accents.FoldLower).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The text is a language's name and nothing more.</summary>
    public static bool IsName(string text) => Known(text.Trim().TrimEnd(':').Trim());

    private static bool Known(string word) => Names.Contains(word) || Unaccented.Contains(Text.Accents.FoldLower(word));

    public static bool Contains(string text)
    {
        foreach (var word in text.Split([' ', '(', ')', ':', '-', '—', '–', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Known(word))
            {
                return true;
            }
        }
        return Known(text.Trim());
    }
}
