namespace Resume.Parsing.Fields;

/// <summary>Job-title and organisation words of resumes written in German, French, Spanish, Portuguese, Italian, Dutch,
/// Czech, Slovak, Polish, the Scandinavian languages and Turkish, with their feminine forms, for <see cref="RoleWords"/> to tell "Entwicklerin, Nordlicht GmbH" apart.</summary>
internal static class EuropeanRoleWords
{
    /// <summary>Words that head a title by themselves.</summary>
    public static readonly string[] Heads =
    [
        // German
        "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "werkstudent", "werkstudentin", "praktikant",
        "praktikantin", "berater", "beraterin", "leiter", "leiterin", "mitarbeiter", "mitarbeiterin", "sachbearbeiter",
        "sachbearbeiterin", "referent", "referentin", "informatiker", "informatikerin", "techniker", "technikerin",
        "geschäftsführer", "geschäftsführerin", "auszubildender", "auszubildende", "azubi", "lehrer", "lehrerin",
        "hilfskraft", "assistent", "assistentin", "verkäufer", "verkäuferin", "angestellte", "angestellter", "doktorand",
        "doktorandin", "wissenschaftler", "wissenschaftlerin", "forscher", "forscherin", "fachkraft", "erzieher",
        "erzieherin", "pfleger", "pflegerin", "krankenschwester", "arzt", "ärztin", "kellner", "kellnerin", "kassierer",
        "kassiererin", "aushilfe", "monteur", "mechaniker", "elektriker", "elektroniker", "sekretärin", "buchhalter",
        "buchhalterin", "dozent", "dozentin", "volontär", "volontärin", "betreuer", "betreuerin", "leitung", "inhaber",
        "inhaberin", "gründer", "gründerin", "tutorin", "fachwirt", "betriebswirt", "texter", "texterin", "redakteur",
        "redakteurin", "redaktor", "redaktorin", "konzepter", "konzepterin", "copywriter",
        // French
        "développeur", "développeuse", "ingénieur", "ingénieure", "stagiaire", "responsable", "consultante", "directeur",
        "directrice", "gestionnaire", "technicien", "technicienne", "assistante", "alternant", "alternante", "chargé",
        "chargée", "vendeur", "vendeuse", "enseignant", "enseignante", "apprenti", "apprentie", "conseiller", "conseillère",
        "chercheur", "chercheuse", "doctorant", "doctorante", "coordinateur", "coordinatrice", "professeur", "infirmier",
        "infirmière", "animateur", "animatrice", "comptable", "secrétaire", "employé", "employée", "serveur", "serveuse",
        "caissier", "caissière", "opérateur", "opératrice", "formateur", "formatrice", "rédacteur", "rédactrice",
        "juriste", "avocat", "avocate", "médecin", "pharmacien", "pharmacienne", "éducateur", "éducatrice", "adjoint",
        "adjointe", "attaché", "attachée", "acheteur", "acheteuse", "magasinier", "cuisinier", "cuisinière", "bénévole",
        // Spanish
        "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "becario", "becaria", "analista", "consultor",
        "consultora", "gerente", "jefe", "jefa", "directora", "programador", "programadora", "técnico", "técnica",
        "asistente", "coordinador", "coordinadora", "vendedor", "vendedora", "profesor", "profesora", "investigador",
        "investigadora", "encargado", "encargada", "administrativo", "administrativa", "contador", "contadora",
        "enfermero", "enfermera", "abogado", "abogada", "docente", "maestro", "maestra", "cajero", "cajera", "dependiente",
        "dependienta", "camarero", "camarera", "mesero", "mesera", "cocinero", "cocinera", "recepcionista", "operario",
        "operaria", "supervisora", "practicante", "pasante", "voluntario", "voluntaria", "secretaria", "especialista",
        "representante",
        // "Atención al cliente", "Atendimento ao cliente": the service is what the post is called.
        "atención", "atendimento",
        // Portuguese
        "desenvolvedor", "desenvolvedora", "engenheiro", "engenheira", "estagiário", "estagiária", "coordenador",
        "coordenadora", "subgerente", "assistente", "auxiliar", "professora", "pesquisador", "pesquisadora", "atendente",
        "operador", "operadora", "enfermeiro", "enfermeira", "advogado", "advogada", "bolsista", "diretor", "diretora",
        "secretária", "cozinheiro", "cozinheira", "motorista", "voluntário", "voluntária", "aprendiz", "estagiario",
        // Italian
        "sviluppatore", "sviluppatrice", "ingegnere", "stagista", "tirocinante", "consulente", "programmatore",
        "programmatrice", "tecnico", "impiegato", "impiegata", "direttore", "direttrice", "coordinatore", "coordinatrice",
        "commesso", "commessa", "ricercatore", "ricercatrice", "assegnista", "dottorando", "dottoranda", "insegnante",
        "responsabile", "addetto", "addetta", "operaio", "operaia", "cameriere", "cameriera", "cuoco", "cuoca",
        "infermiere", "infermiera", "avvocato", "contabile", "segretaria", "collaboratore", "collaboratrice",
        "amministratore", "educatore", "educatrice", "magazziniere", "autista", "volontaria", "progettista", "sistemista",
        "apprendista",
        // Dutch
        "ontwikkelaar", "medewerker", "medewerkster", "stagiair", "stagiaire", "adviseur", "beheerder", "teamleider",
        "projectleider", "docent", "verkoper", "onderzoeker", "promovendus", "verpleegkundige", "leerkracht", "leraar",
        "lerares", "coördinator", "secretaresse", "boekhouder", "verkoopster", "vrijwilliger", "begeleider",
        "begeleidster", "eigenaar", "oprichter",
        // Czech and Slovak
        "účetní", "asistentka", "vedoucí", "manažer", "manažerka", "programátor", "programátorka", "specialista",
        "specialistka", "konzultant", "konzultantka", "učitel", "učitelka", "prodavač", "prodavačka", "inženýr",
        "referentka", "analytik", "analytička", "lektorka", "zdravotní", "vývojář", "vývojářka", "brigádník",
        // Polish
        "pielęgniarka", "pielęgniarz", "kierownik", "kierowniczka", "specjalista", "specjalistka", "programista",
        "programistka", "księgowa", "księgowy", "nauczyciel", "nauczycielka", "sprzedawca", "sprzedawczyni", "opiekunka",
        "opiekun", "asystent", "asystentka", "stażysta", "stażystka", "praktykantka", "inżynier", "analityk", "doradca",
        "kasjer", "kasjerka", "magazynier", "kierowca",
        // Swedish, Danish and Norwegian
        "utvecklare", "ingenjör", "konsult", "säljare", "lärare", "sjuksköterska", "projektledare", "udvikler", "ingeniør",
        "konsulent", "sælger", "lærer", "sygeplejerske", "projektleder", "utvikler", "sykepleier", "prosjektleder",
        // Turkish
        "mühendis", "mühendisi", "uzman", "uzmanı", "yönetici", "yöneticisi", "müdür", "müdürü", "stajyer", "öğretmen",
        "öğretmeni", "hemşire", "danışman", "danışmanı", "geliştirici", "geliştiricisi", "asistan", "asistanı",
        "teknisyen", "temsilcisi",
    ];

    /// <summary>German, Dutch and the Scandinavian languages write titles as one word ("Softwareentwickler", "Projektleiterin", "Verkoopmedewerker"):
    /// a word ending in one of these heads a title too.</summary>
    private static readonly string[] CompoundEnds =
    [
        "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin",
        "mitarbeiter", "mitarbeiterin", "informatiker", "informatikerin", "kaufmann", "kauffrau", "techniker",
        "technikerin", "ontwikkelaar", "medewerker", "leider", "adviseur", "angestellte", "angestellter", "fachkraft",
        "pfleger", "pflegerin", "helfer", "helferin", "manager", "managerin", "assistent", "assistentin", "referent",
        "referentin", "fachwirt", "betreuer", "betreuerin", "leitung", "lehrer", "lehrerin", "redakteur", "redakteurin",
        "redaktor", "redaktorin", "texter", "texterin", "praktikant", "praktikantin", "writer",
        // Swedish, Danish and Norwegian compound titles as well ("Lagermedarbetare", "Barnskötare", "Systemutvecklare").
        "medarbetare", "skötare", "utvecklare", "ledare", "säljare", "lärare", "kodare", "medarbejder", "medarbeider",
        "udvikler", "utvikler",
    ];

    public static bool IsCompoundHead(string word)
    {
        foreach (var end in CompoundEnds)
        {
            if (word.Length > end.Length + 2 && word.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Zeichnerin", "Landschaftsgärtnerin", "Friseurin", "Journalistin", "Praktikantin", "Biologin", "Direktorin":
    /// German names a woman by her work with -in on the word for the one who does it, and a CV names its writer so. A
    /// capitalised word ending so is a person's title, whatever trade the word before the ending names.</summary>
    public static bool IsFeminineAgent(string word) =>
        word.Length >= 7 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && FeminineAgentEnds.Any(end => word.EndsWith(end, StringComparison.Ordinal));

    private static readonly string[] FeminineAgentEnds = ["erin", "eurin", "istin", "antin", "entin", "ologin", "torin", "ärin", "urgin"];

    /// <summary>Words that say a phrase names an organisation.</summary>
    public static readonly string[] Organisations =
    [
        "sarl", "spa", "s.p.a.", "ltda", "ltda.", "s.l.", "nv", "n.v.", "e.v.", "gruppe", "groupe", "grupo", "gruppo",
        "universität", "université", "universidad", "universidade", "università", "universiteit", "hochschule",
        "fachhochschule", "stiftung", "fundación", "fundação", "fondazione", "stichting", "ziekenhuis", "krankenhaus",
        "hôpital", "hospital", "clínica", "klinik",
        // Central and northern Europe and Turkey: legal forms ("s.r.o.", "sp. z o.o.", "A/S", "A.Ş.") and institutions.
        "s.r.o.", "a.s.", "spol.", "o.o.", "a/s", "aps", "asa", "a.ş.", "şti.", "univerzita", "uniwersytet", "universitet",
        "üniversitesi", "szpital", "nemocnice", "nemocnica", "sjukhus", "sygehus", "sykehus", "kommune", "kommun",
        "politechnika", "hastanesi",
        // Institutions and businesses by their own words: German, French, Spanish and Catalan, Portuguese, Italian, Dutch.
        "universitat", "institut", "akademie", "schule", "gymnasium", "realschule", "verwaltung", "kirche", "gemeinde",
        "verein", "verband", "kanzlei", "praxis", "apotheke", "sparkasse", "stadtwerke", "kindergarten", "kita",
        "kinderhaus", "lycée", "école", "unité", "faculté", "facultad", "fakultät", "mairie", "cabinet", "laboratoire", "banque", "société", "ministère", "agence",
        "fondation", "instituto", "colegio", "escuela", "ayuntamiento", "empresa", "asociación", "ministerio", "banco",
        "centro", "laboratorio", "restaurante", "tienda", "supermercado", "farmacia", "escola", "colégio", "prefeitura",
        "associação", "laboratório", "loja", "ministério", "eireli", "istituto", "scuola", "liceo", "comune", "azienda",
        "associazione", "società", "ministero", "banca", "gemeente", "hogeschool", "instituut", "vereniging", "bedrijf",
    ];
}
