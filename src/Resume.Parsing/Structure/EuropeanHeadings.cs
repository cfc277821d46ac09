using Resume.Model;

namespace Resume.Parsing.Structure;

/// <summary>
/// Section headings of resumes written in German, French, Spanish, Portuguese, Italian, Dutch, Russian, Czech and Slovak,
/// Polish, the Scandinavian languages, Turkish and Romanian (a Lebenslauf, a CV, a резюме, a životopis,
/// a currículo), by language and section. Compared as the English ones are, on letters only and without accents, so
/// "Expérience professionnelle", "EXPERIENCE PROFESSIONNELLE" and "Persoenliche Daten" match too. Left out on purpose:
/// names that are also English headings or title lines ("Résumé", "Stage", "Engagements", "Présentation"), which would start to read
/// English resumes differently.
/// </summary>
internal static class EuropeanHeadings
{
    public static Dictionary<string, string[]> German { get; } = new()
    {
        [SectionKinds.Summary] = ["profil", "kurzprofil", "über mich", "zusammenfassung", "persönliches profil", "berufsprofil", "berufsziel", "zielsetzung"],
        [SectionKinds.Work] =
        [
            "berufserfahrung", "berufserfahrungen", "berufliche erfahrung", "berufliche erfahrungen", "beruflicher werdegang",
            "werdegang", "berufspraxis", "praktische erfahrung", "praktische erfahrungen", "praxiserfahrung",
            "praxiserfahrungen", "arbeitserfahrung", "berufstätigkeit", "erfahrung", "beruflicher hintergrund", "praktika",
            "berufliche stationen", "beschäftigungsverlauf", "berufliche laufbahn", "tätigkeiten", "praktikum",
            "berufliche praxis",
            // Work held beside school or study, named for being on the side: jobs all the same.
            "nebentätigkeiten", "nebentätigkeit", "nebenjobs", "nebenjob", "berufspraktische erfahrungen",
            "berufspraktische erfahrung", "aushilfstätigkeiten",
            // Service in the armed forces (or the civilian service in its place) is written as an employer, a post and
            // dates, as English resumes write "Military Service".
            "wehrdienst", "grundwehrdienst", "zivildienst", "wehr-/zivildienst", "wehr- und zivildienst",
        ],
        [SectionKinds.Education] =
        [
            "ausbildung", "bildungsweg", "bildung", "schulbildung", "schulische ausbildung", "studium", "akademischer werdegang",
            "schulischer werdegang", "hochschulbildung", "studium und ausbildung", "ausbildung und studium",
            "schul und berufsausbildung", "schule und studium", "bildungsgang", "schulausbildung", "berufsausbildung",
            "hochschulausbildung", "schulische laufbahn", "studium und schule", "schule", "ausbildungen", "diplome", "abschlüsse",
            "bildungsabschlüsse", "schulabschlüsse", "schul und berufsbildung",
        ],
        [SectionKinds.Skills] =
        [
            "kenntnisse", "fähigkeiten", "kompetenzen", "fachkenntnisse", "it kenntnisse", "edv kenntnisse",
            "technische kenntnisse", "fähigkeiten und kenntnisse", "kenntnisse und fähigkeiten", "qualifikationen",
            "besondere kenntnisse", "fachliche kompetenzen", "computerkenntnisse", "sonstige kenntnisse", "top kenntnisse",
            "kenntnisse und kompetenzen", "fachkompetenzen", "technische fähigkeiten", "besondere fähigkeiten und kenntnisse",
            "besondere fähigkeiten", "digitale fähigkeiten", "digitale kompetenzen", "it edv", "edv", "programmiersprachen",
            "persönliche fähigkeiten", "sonstige fähigkeiten", "persönliche kompetenzen", "soziale kompetenzen",
            "pc kenntnisse", "persönlichkeit", "persönliche stärken", "fertigkeiten", "fähigkeiten und fertigkeiten",
            "kenntnisse und fertigkeiten", "informatikkenntnisse", "informatik kenntnisse", "softwarekenntnisse",
            "edv und it kenntnisse", "anwenderkenntnisse",
            // The qualities a person leads with, listed as skills are.
            "stärken", "persönliche eigenschaften", "soft skills und stärken",
        ],
        [SectionKinds.Languages] = ["sprachen", "sprachkenntnisse", "fremdsprachen", "fremdsprachenkenntnisse"],
        [SectionKinds.Interests] =
        [
            "interessen", "hobbys", "freizeit", "freizeitaktivitäten", "hobbys und interessen", "interessen und hobbys",
            "persönliche interessen", "freizeitbeschäftigungen", "freizeitbeschäftigung", "freizeitinteressen",
            "hobbys interessen", "private interessen",
        ],
        [SectionKinds.Certificates] =
        [
            "zertifikate", "zertifizierungen", "zertifikat", "zertifizierung", "lizenzen", "weiterbildung", "weiterbildungen", "fortbildungen", "fortbildung", "kurse",
            "seminare", "lehrgänge",
            "lizenzen und zertifizierungen", "zertifikate und weiterbildungen", "weiterbildungen und zertifikate",
            "edv zertifikate", "it zertifikate", "edv zertifizierungen", "it zertifizierungen",
        ],
        [SectionKinds.Awards] = ["auszeichnungen", "preise", "ehrungen", "stipendien", "preise und auszeichnungen"],
        [SectionKinds.Publications] = ["publikationen", "veröffentlichungen", "vorträge", "publikationen und vorträge"],
        [SectionKinds.Projects] = ["projekte", "projekterfahrung", "ausgewählte projekte", "persönliche projekte"],
        [SectionKinds.Volunteer] =
        [
            "ehrenamt", "ehrenamtliches engagement", "ehrenamtliche tätigkeiten", "ehrenamtliche tätigkeit",
            "soziales engagement", "ehrenamtliche arbeit",
        ],
        [SectionKinds.References] = ["referenzen"],
        [SectionKind.Contact] = ["kontakt", "kontaktdaten", "persönliche daten", "persönliche angaben", "angaben zur person"],
    };

    public static Dictionary<string, string[]> French { get; } = new()
    {
        [SectionKinds.Summary] = ["profil", "profil professionnel", "à propos", "à propos de moi", "objectif", "objectif professionnel", "synthèse"],
        [SectionKinds.Work] =
        [
            "expérience professionnelle", "expériences professionnelles", "expériences", "parcours professionnel",
            "expérience de travail", "historique professionnel", "emplois", "expériences et stages", "stages et expériences",
            "emploi saisonnier", "emplois saisonniers", "jobs d'été", "jobs étudiants", "emplois étudiants",
            "service militaire", "service national",
        ],
        [SectionKinds.Education] =
        [
            "formation", "formations", "formation académique", "formation universitaire", "parcours académique", "études",
            "diplômes", "diplômes et formations", "formation et diplômes", "cursus", "parcours scolaire",
        ],
        [SectionKinds.Skills] =
        [
            "compétences", "compétences techniques", "compétences clés", "compétences professionnelles",
            "compétences informatiques", "principales compétences", "savoir faire", "aptitudes", "connaissances",
            "connaissances techniques", "outils", "programmation", "langages de programmation", "langages informatiques",
            "logiciels", "qualités", "compétences et qualités", "points forts", "atouts", "savoir être",
        ],
        [SectionKinds.Languages] = ["langues", "langues étrangères", "compétences linguistiques", "langues parlées"],
        [SectionKinds.Interests] = ["centres d'intérêt", "centres d'intérêts", "centre d'intérêt", "loisirs", "intérêts", "passions", "loisirs et intérêts"],
        [SectionKinds.Certificates] =
        [
            "certificats", "certifications et formations", "licences et certifications", "formation continue",
            "formations complémentaires", "certificats et formations",
        ],
        [SectionKinds.Awards] = ["prix", "récompenses", "prix et distinctions", "distinctions et prix", "bourses", "bourses et prix"],
        [SectionKinds.Projects] = ["projets", "projets personnels", "projets académiques", "réalisations"],
        [SectionKinds.Volunteer] = ["bénévolat", "vie associative", "activités associatives", "engagement associatif", "activités extrascolaires", "activités parascolaires"],
        [SectionKinds.References] = ["références"],
        [SectionKind.Contact] = ["coordonnées", "informations personnelles", "infos personnelles"],
    };

    public static Dictionary<string, string[]> Spanish { get; } = new()
    {
        [SectionKinds.Summary] = ["perfil", "perfil profesional", "resumen", "resumen profesional", "sobre mí", "acerca de mí", "extracto", "objetivo", "objetivo profesional", "reseña"],
        [SectionKinds.Work] =
        [
            "experiencia", "experiencia laboral", "experiencia profesional", "trayectoria profesional", "historial laboral",
            "experiencia de trabajo", "prácticas", "prácticas profesionales", "historial profesional",
        ],
        [SectionKinds.Education] = ["formación", "formación académica", "educación", "estudios", "formación profesional", "estudios realizados", "historial académico"],
        [SectionKinds.Skills] =
        [
            "habilidades", "competencias", "conocimientos", "aptitudes principales", "habilidades técnicas",
            "conocimientos técnicos", "conocimientos informáticos", "competencias técnicas", "aptitudes y habilidades",
            "tecnologías", "herramientas", "tecnologías y herramientas", "herramientas y tecnologías",
            // Not "fortalezas": one letter from Fortaleza, a city a Brazilian header names on a line of its own.
            "puntos fuertes", "cualidades",
            // The computing a person can do, named as a school subject is: "Informática", "Computación".
            "informática", "conocimientos de informática", "computación", "herramientas informáticas",
        ],
        [SectionKinds.Languages] = ["idiomas", "lenguas"],
        [SectionKinds.Interests] = ["intereses", "aficiones", "pasatiempos"],
        [SectionKinds.Certificates] =
        [
            "certificaciones", "certificados", "cursos", "licencias y certificaciones", "cursos y certificaciones",
            "capacitaciones", "cursos y capacitaciones", "formación complementaria",
        ],
        [SectionKinds.Awards] = ["premios", "reconocimientos", "logros", "becas", "premios y reconocimientos"],
        [SectionKinds.Publications] = ["publicaciones"],
        [SectionKinds.Projects] = ["proyectos", "proyectos personales", "proyectos académicos"],
        [SectionKinds.Volunteer] =
        [
            "voluntariado", "experiencia de voluntariado",
            // A student's clubs and offices, as English "Extracurricular Activities": an organisation, a role, dates.
            "actividades extracurriculares", "actividades extraacadémicas",
        ],
        [SectionKinds.References] = ["referencias"],
        [SectionKind.Contact] = ["contacto", "datos personales", "información personal", "datos de contacto"],
    };

    public static Dictionary<string, string[]> Portuguese { get; } = new()
    {
        [SectionKinds.Summary] = ["perfil profissional", "perfil pessoal", "resumo", "resumo profissional", "sobre mim", "objetivo", "objetivos"],
        [SectionKinds.Work] =
        [
            "experiência", "experiências", "experiência profissional", "experiências profissionais", "histórico profissional",
            "trajetória profissional", "estágios", "experiência de trabalho", "carreira",
        ],
        [SectionKinds.Education] =
        [
            "formação", "formação acadêmica", "formação académica", "educação", "escolaridade", "formação escolar", "histórico acadêmico",
            "qualificações acadêmicas", "qualificações académicas",
        ],
        [SectionKinds.Skills] =
        [
            "competências", "habilidades", "conhecimentos", "principais competências", "competências técnicas",
            "conhecimentos técnicos", "aptidões", "habilidades técnicas", "conhecimentos em informática",
            "informática", "conhecimentos de informática",
            // What a person works with, named as the kind of thing listed, as English "Technologies" and "Tools" are.
            "tecnologias", "ferramentas", "tecnologias e ferramentas", "ferramentas e tecnologias",
            "pontos fortes", "qualidades",
        ],
        [SectionKinds.Languages] = ["línguas", "idiomas"],
        [SectionKinds.Interests] = ["interesses", "hobbies e interesses", "passatempos"],
        [SectionKinds.Certificates] =
        [
            "certificações", "cursos e certificações", "licenças e certificados", "cursos complementares", "formação complementar",
            "cursos", "capacitação", "capacitações", "cursos e capacitação", "cursos e capacitações", "cursos qualificação",
            "cursos de qualificação", "qualificações", "cursos extracurriculares", "cursos livres",
        ],
        [SectionKinds.Awards] = ["prêmios", "premiações", "conquistas", "prêmios e honrarias", "honrarias e prêmios"],
        [SectionKinds.Publications] = ["publicações"],
        [SectionKinds.Projects] = ["projetos", "projetos pessoais", "projetos acadêmicos"],
        [SectionKinds.Volunteer] = ["trabalho voluntário", "voluntariado", "atividades extracurriculares"],
        [SectionKinds.References] = ["referências"],
        [SectionKind.Contact] = ["contato", "contatos", "dados pessoais", "informações pessoais", "contacto"],
    };

    public static Dictionary<string, string[]> Italian { get; } = new()
    {
        [SectionKinds.Summary] = ["profilo", "profilo professionale", "chi sono", "obiettivo", "obiettivi", "sommario", "riepilogo", "su di me", "qualcosa su di me"],
        [SectionKinds.Work] =
        [
            "esperienza", "esperienze", "esperienza lavorativa", "esperienze lavorative", "esperienza professionale",
            "esperienze professionali", "percorso professionale", "tirocini",
        ],
        [SectionKinds.Education] = ["istruzione", "formazione", "istruzione e formazione", "percorso di studi", "titoli di studio", "studi"],
        [SectionKinds.Skills] =
        [
            "competenze", "competenze tecniche", "competenze principali", "capacità", "conoscenze", "abilità",
            "competenze informatiche", "capacità e competenze", "competenze professionali", "punti di forza",
        ],
        [SectionKinds.Languages] = ["lingue", "lingue straniere", "competenze linguistiche", "conoscenze linguistiche"],
        [SectionKinds.Interests] = ["interessi", "hobby", "passioni", "tempo libero", "hobby e interessi"],
        [SectionKinds.Certificates] = ["certificazioni", "corsi", "licenze e certificazioni", "corsi e certificazioni", "attestati"],
        [SectionKinds.Awards] = ["premi", "riconoscimenti", "premi e riconoscimenti"],
        [SectionKinds.Publications] = ["pubblicazioni"],
        // Experience "not professional" is what was made outside a job (bots, sites, dashboards): projects, not posts held.
        [SectionKinds.Projects] = ["progetti", "progetti personali", "esperienza non professionale", "esperienze non professionali"],
        [SectionKinds.Volunteer] = ["volontariato", "attività di volontariato", "attività extracurriculari"],
        [SectionKinds.References] = ["referenze"],
        [SectionKind.Contact] = ["contatti", "dati personali", "informazioni personali", "recapiti"],
    };

    public static Dictionary<string, string[]> Dutch { get; } = new()
    {
        [SectionKinds.Summary] = ["profiel", "persoonlijk profiel", "over mij", "samenvatting", "doelstelling"],
        [SectionKinds.Work] = ["werkervaring", "ervaring", "werkgeschiedenis", "loopbaan", "arbeidsverleden", "beroepservaring", "relevante werkervaring", "stages"],
        [SectionKinds.Education] = ["opleiding", "opleidingen", "onderwijs", "opleiding en cursussen", "studie", "opleidingen en cursussen"],
        [SectionKinds.Skills] =
        [
            "vaardigheden", "competenties", "kennis", "belangrijkste vaardigheden", "technische vaardigheden",
            "vaardigheden en competenties", "kennis en vaardigheden", "computervaardigheden", "sterke punten", "kwaliteiten",
        ],
        [SectionKinds.Languages] = ["talen", "talenkennis", "taalvaardigheid", "taalvaardigheden"],
        [SectionKinds.Interests] = ["interesses", "hobby's", "hobby's en interesses"],
        [SectionKinds.Certificates] = ["certificaten", "cursussen", "certificeringen", "licenties en certificaten", "cursussen en certificaten", "trainingen"],
        [SectionKinds.Awards] = ["prijzen", "onderscheidingen"],
        [SectionKinds.Publications] = ["publicaties"],
        [SectionKinds.Projects] = ["projecten"],
        [SectionKinds.Volunteer] = ["vrijwilligerswerk", "nevenactiviteiten"],
        [SectionKinds.References] = ["referenties"],
        [SectionKind.Contact] = ["contactgegevens", "persoonlijke gegevens", "personalia"],
    };

    public static Dictionary<string, string[]> Russian { get; } = new()
    {
        [SectionKinds.Summary] = ["о себе", "цель", "профиль", "обо мне", "резюме профиля", "краткая информация"],
        [SectionKinds.Work] = ["опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность", "места работы"],
        [SectionKinds.Education] = ["образование", "высшее образование", "обучение"],
        [SectionKinds.Skills] = ["навыки", "ключевые навыки", "профессиональные навыки", "технические навыки", "компетенции"],
        [SectionKinds.Languages] = ["языки", "знание языков", "иностранные языки", "владение языками"],
        [SectionKinds.Interests] = ["интересы", "хобби", "увлечения"],
        [SectionKinds.Certificates] = ["сертификаты", "курсы", "курсы и сертификаты", "дополнительное образование"],
        [SectionKinds.Awards] = ["награды", "достижения"],
        [SectionKinds.Publications] = ["публикации"],
        [SectionKinds.Projects] = ["проекты"],
        [SectionKinds.References] = ["рекомендации"],
        [SectionKind.Contact] = ["контакты", "контактная информация", "личная информация"],
    };

    /// <summary>Czech and Slovak, which share most of their headings' shapes.</summary>
    public static Dictionary<string, string[]> Czech { get; } = new()
    {
        [SectionKinds.Summary] = ["souhrn", "o mně", "shrnutí", "zhrnutie", "o mne", "profesní profil"],
        [SectionKinds.Work] =
        [
            "pracovní zkušenosti", "zkušenosti", "praxe", "pracovní praxe", "profesní zkušenosti", "pracovné skúsenosti",
            "skúsenosti", "odborná prax", "prax",
        ],
        [SectionKinds.Education] = ["vzdělání", "vzdělávání", "studium", "vzdelanie", "vzdelávanie"],
        [SectionKinds.Skills] =
        [
            "dovednosti", "nejčastější dovednosti", "schopnosti", "znalosti", "odborné znalosti", "počítačové znalosti",
            "zručnosti", "najlepšie zručnosti", "kompetence", "kompetencie",
        ],
        [SectionKinds.Languages] = ["jazyky", "jazykové znalosti", "jazykové dovednosti", "cizí jazyky", "cudzie jazyky"],
        [SectionKinds.Interests] = ["zájmy", "koníčky", "záujmy", "záľuby", "záujmy alebo koníčky", "záujmy a koníčky", "zájmy a koníčky", "koníčky a zájmy"],
        [SectionKinds.Certificates] =
        [
            "certifikáty", "certifikace", "kurzy", "kurzy a certifikáty", "certifikácie",
            // A builder's singular heading for a list of them, named as "a course or a certificate".
            "kurz alebo certifikát", "kurzy alebo certifikáty", "kurzy a školenia", "kurzy a školení", "školení", "školenia",
        ],
        [SectionKinds.Awards] = ["ocenění", "ocenenia"],
        [SectionKinds.Publications] = ["publikace", "publikácie"],
        [SectionKinds.Projects] = ["projekty"],
        [SectionKinds.References] = ["reference", "referencie"],
        [SectionKind.Contact] = ["kontakt", "kontaktní údaje", "osobní údaje", "osobné údaje", "kontaktné údaje"],
    };

    public static Dictionary<string, string[]> Polish { get; } = new()
    {
        [SectionKinds.Summary] = ["podsumowanie", "o mnie", "profil zawodowy", "cel zawodowy"],
        [SectionKinds.Work] = ["doświadczenie", "doświadczenie zawodowe", "przebieg pracy zawodowej", "historia zatrudnienia"],
        [SectionKinds.Education] = ["wykształcenie", "edukacja", "wykształcenie i kursy"],
        [SectionKinds.Skills] = ["umiejętności", "najważniejsze umiejętności", "kompetencje", "umiejętności techniczne"],
        [SectionKinds.Languages] = ["języki", "języki obce", "znajomość języków"],
        [SectionKinds.Interests] = ["zainteresowania", "hobby i zainteresowania"],
        [SectionKinds.Certificates] = ["certyfikaty", "kursy", "kursy i szkolenia", "szkolenia", "certyfikaty i kursy"],
        [SectionKinds.Awards] = ["nagrody", "osiągnięcia", "nagrody i wyróżnienia"],
        [SectionKinds.Publications] = ["publikacje"],
        [SectionKinds.Volunteer] = ["wolontariat"],
        [SectionKind.Contact] = ["dane kontaktowe", "dane osobowe"],
    };

    /// <summary>Swedish, Danish and Norwegian, whose headings differ by a letter or two.</summary>
    public static Dictionary<string, string[]> Scandinavian { get; } = new()
    {
        [SectionKinds.Summary] = ["sammanfattning", "sammendrag", "om mig", "om meg", "profil og sammendrag"],
        [SectionKinds.Work] =
        [
            "arbetslivserfarenhet", "erfarenhet", "yrkeserfarenhet", "arbetserfarenhet", "erhvervserfaring", "arbejdserfaring",
            "erfaring", "arbeidserfaring", "yrkeserfaring", "relevant erfaring", "praksis",
            // The plurals Danish and Norwegian write as often, and the Danish internship's own heading.
            "erfaringer", "arbejdserfaringer", "erhvervserfaringer", "arbeidserfaringer", "praktikerfaring",
            "praktikerfaringer", "arbetslivserfarenheter", "erfarenheter",
        ],
        [SectionKinds.Education] = ["utbildning", "uddannelse", "utdanning", "utdannelse", "uddannelser"],
        [SectionKinds.Skills] =
        [
            "kompetenser", "färdigheter", "toppkompetenser", "kompetencer", "færdigheder", "kvalifikationer", "ferdigheter",
            "kompetanse", "kvalifikasjoner", "it kompetencer", "it kompetenser", "programmeringssprog", "programmeringsspråk",
            "tekniske færdigheder", "tekniska färdigheter", "tekniske ferdigheter",
        ],
        [SectionKinds.Languages] = ["språk", "sprog", "språkkunskaper", "sprogkundskaber", "språkferdigheter"],
        [SectionKinds.Interests] =
        [
            "intressen", "fritidsintressen", "interesser", "fritidsinteresser", "hobbyer", "hobbyer og interesser",
            "fritid", "intressen och hobbyer",
        ],
        [SectionKinds.Certificates] = ["certifieringar", "certifikat", "certificeringer", "sertifiseringer", "kurser", "kurs", "kurser og certificeringer"],
        [SectionKinds.Awards] = ["utmärkelser", "priser", "udmærkelser", "utmerkelser"],
        [SectionKinds.Projects] = ["projekter", "prosjekter", "projekt"],
        [SectionKinds.Volunteer] =
        [
            "frivilligt arbejde", "frivilligt arbete", "frivillig arbeid", "frivilligarbete", "ideellt arbete", "ideelt arbejde",
            "frivilligt engagement", "frivillig erfaring",
        ],
        [SectionKinds.Publications] = ["publikationer", "publikasjoner"],
        [SectionKinds.References] = ["referenser", "referencer", "referanser"],
        [SectionKind.Contact] = ["kontaktuppgifter", "kontaktoplysninger", "kontaktinformasjon", "personuppgifter", "personlige oplysninger"],
    };

    public static Dictionary<string, string[]> Finnish { get; } = new()
    {
        [SectionKinds.Summary] = ["profiili", "yhteenveto", "tietoa minusta", "henkilöprofiili"],
        [SectionKinds.Work] = ["työkokemus", "työhistoria", "kokemus", "työura"],
        [SectionKinds.Education] = ["koulutus", "opinnot", "koulutustausta"],
        [SectionKinds.Skills] = ["taidot", "osaaminen", "tekniset taidot", "atk taidot", "ydinosaaminen"],
        [SectionKinds.Languages] = ["kielitaito", "kielet"],
        [SectionKinds.Interests] = ["harrastukset", "kiinnostuksen kohteet"],
        [SectionKinds.Certificates] = ["sertifikaatit", "kurssit", "sertifioinnit", "lisäkoulutus"],
        [SectionKinds.Awards] = ["palkinnot", "saavutukset"],
        [SectionKinds.Publications] = ["julkaisut"],
        [SectionKinds.Projects] = ["projektit"],
        [SectionKinds.Volunteer] = ["vapaaehtoistyö", "luottamustehtävät"],
        [SectionKinds.References] = ["suosittelijat"],
        [SectionKind.Contact] = ["yhteystiedot", "henkilötiedot"],
    };

    public static Dictionary<string, string[]> Turkish { get; } = new()
    {
        [SectionKinds.Summary] = ["özet", "hakkımda", "kariyer hedefi", "profil özeti"],
        [SectionKinds.Work] =
        [
            "deneyim", "iş deneyimi", "deneyimler", "iş deneyimleri", "profesyonel deneyim",
            // "Tecrübe" is the other word for experience, and "staj" the internship, both as common as "deneyim".
            "iş tecrübesi", "iş tecrübeleri", "tecrübe", "tecrübeler", "mesleki tecrübe", "staj", "stajlar", "staj deneyimi",
        ],
        [SectionKinds.Education] = ["eğitim", "eğitim bilgileri", "öğrenim"],
        [SectionKinds.Skills] = ["yetenekler", "beceriler", "en iyi yetenekler", "yetkinlikler", "teknik beceriler", "programlama", "programlama dilleri", "bilgisayar bilgisi", "teknik bilgiler"],
        [SectionKinds.Languages] = ["diller", "yabancı diller", "dil bilgisi", "yabancı dil", "yabancı dil bilgisi"],
        [SectionKinds.Interests] = ["ilgi alanları", "hobiler"],
        [SectionKinds.Certificates] = ["sertifikalar", "kurslar", "sertifikalar ve kurslar", "sertifika", "sertifikalar ve eğitimler"],
        [SectionKinds.Awards] = ["ödüller", "başarılar"],
        [SectionKinds.Projects] = ["projeler", "proje", "projelerim"],
        [SectionKinds.References] = ["referanslar"],
        [SectionKind.Contact] = ["iletişim", "iletişim bilgileri", "kişisel bilgiler"],
    };

    /// <summary>Headings that English also uses as words, so a wrapped line of English text can be nothing but one
    /// ("… skills and" / "competences", "… reservoir" / "formation"): they name a section only when capitalised, as
    /// headings are.</summary>
    public static string[] EnglishWords { get; } =
        ["compétences", "formation", "formations", "expériences", "aptitudes", "passions", "hobby", "prix", "cursus"];

    /// <summary>Every language's headings, for the lexicon to merge after the English ones (which win a shared name).</summary>
    public static Dictionary<string, string[]> Romanian { get; } = new()
    {
        [SectionKinds.Summary] = ["obiectiv", "obiective", "profil", "profil profesional", "despre mine", "rezumat"],
        [SectionKinds.Work] = ["experiență", "experiența", "experiență profesională", "experienta profesionala", "experiență de muncă", "istoric profesional"],
        [SectionKinds.Education] = ["educație", "educatie", "educație și formare", "studii", "formare", "pregătire profesională"],
        [SectionKinds.Skills] =
        [
            "competențe", "competente", "aptitudini", "abilități", "competențe și capacități", "competente si capacitati",
            "competențe tehnice", "cunoștințe", "aptitudini și competențe",
            // The Europass form's own heading over its language, communication and computer skills.
            "competențe personale",
        ],
        [SectionKinds.Languages] = ["limbi străine", "limbi", "limbi cunoscute"],
        [SectionKinds.Interests] = ["interese", "hobby-uri", "pasiuni"],
        [SectionKinds.Certificates] = ["certificări", "certificate", "cursuri", "cursuri și certificări"],
        [SectionKinds.Awards] = ["premii", "distincții", "realizări"],
        [SectionKinds.Projects] = ["proiecte", "proiecte personale"],
        [SectionKinds.Volunteer] = ["voluntariat"],
        [SectionKinds.References] = ["referințe", "recomandări"],
        [SectionKind.Contact] = ["contact", "date personale", "informații personale", "date de contact"],
    };

    public static IEnumerable<Dictionary<string, string[]>> All =>
        [German, French, Spanish, Portuguese, Italian, Dutch, Russian, Czech, Polish, Scandinavian, Finnish, Turkish, Romanian];
}
