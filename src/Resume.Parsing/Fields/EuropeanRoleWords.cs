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
        "hilfskraft", "assistent", "assistentin", "verkäufer", "verkäuferin",
        // French
        "développeur", "développeuse", "ingénieur", "ingénieure", "stagiaire", "responsable", "consultante", "directeur",
        "directrice", "gestionnaire", "technicien", "technicienne", "assistante", "alternant", "alternante", "chargé",
        "chargée", "vendeur", "vendeuse", "enseignant", "enseignante", "apprenti", "apprentie", "conseiller", "conseillère",
        // Spanish
        "desarrollador", "desarrolladora", "ingeniero", "ingeniera", "becario", "becaria", "analista", "consultor",
        "consultora", "gerente", "jefe", "jefa", "directora", "programador", "programadora", "técnico", "técnica",
        "asistente", "coordinador", "coordinadora", "vendedor", "vendedora", "profesor", "profesora",
        // Portuguese
        "desenvolvedor", "desenvolvedora", "engenheiro", "engenheira", "estagiário", "estagiária", "coordenador",
        "coordenadora", "subgerente", "assistente", "auxiliar", "professora",
        // Italian
        "sviluppatore", "sviluppatrice", "ingegnere", "stagista", "tirocinante", "consulente", "programmatore",
        "programmatrice", "tecnico", "impiegato", "impiegata", "direttore", "direttrice", "coordinatore", "coordinatrice",
        "commesso", "commessa",
        // Dutch
        "ontwikkelaar", "medewerker", "medewerkster", "stagiair", "stagiaire", "adviseur", "beheerder", "teamleider",
        "projectleider", "docent", "verkoper",
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

    /// <summary>German and Dutch write titles as one word ("Softwareentwickler", "Projektleiterin", "Verkoopmedewerker"):
    /// a word ending in one of these heads a title too.</summary>
    private static readonly string[] CompoundEnds =
    [
        "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin",
        "mitarbeiter", "mitarbeiterin", "informatiker", "informatikerin", "kaufmann", "kauffrau", "techniker",
        "technikerin", "ontwikkelaar", "medewerker", "leider", "adviseur",
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
    ];
}
