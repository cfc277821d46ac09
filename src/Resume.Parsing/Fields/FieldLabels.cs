namespace Resume.Parsing.Fields;

/// <summary>What a label in a label/value layout names (the Europass CV's "Occupation or position held", a form's
/// "Employer:", "Dates:"), read by its words so the many phrasings of one field agree. Forms are written in every
/// language: "Empresa: / Cargo: / Atividades:" in Portuguese and Spanish, "Firma: / Tätigkeit:" in German,
/// "Entreprise : / Poste :" in French name the same fields.</summary>
internal static partial class FieldLabels
{
    public enum Role { None, Dates, Position, Employer, Activities, Qualification, Subjects, Institution, Name, Other }

    public static Role Of(string label)
    {
        var t = label.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        if (t.Length is < 3 or > 80)
        {
            return Role.None;
        }
        return t switch
        {
            "dates" or "date" or "period" or "from - to" or "from – to" or "duration" or "years"
                or "período" or "periodo" or "période" or "zeitraum" or "fecha" or "fechas" or "data" or "datas" or "datum" => Role.Dates,
            "name" or "full name" or "first name(s) / surname(s)" or "surname(s) / first name(s)" or "first name / surname"
                or "first name(s) surname(s)" => Role.Name,
            // The same label on forms typed in other languages ("Nombre: / Nombre completo:", "Nome completo:", "Naam:").
            "nombre" or "nombre completo" or "nombre y apellidos" or "nombres y apellidos" or "apellidos y nombres"
                or "nome" or "nome completo" or "nom" or "nom complet" or "nom et prénom" or "prénom et nom" or "naam"
                or "volledige naam" or "vor- und nachname" or "name, vorname" or "nome e cognome" or "imię i nazwisko"
                or "jméno a příjmení" or "navn" or "namn" or "nimi" => Role.Name,
            _ when t.Contains("subjects") || t is "field of study" or "major" or "field" or "specialisation" or "specialization"
                or "curso" or "carrera" or "studiengang" or "fachrichtung" or "filière" or "filiere" => Role.Subjects,
            _ when t.Contains("position") || t.Contains("occupation") || t is "job title" or "title" or "role"
                or "cargo" or "função" or "funcao" or "puesto" or "poste" or "fonction" or "stelle" or "funktion" => Role.Position,
            _ when t.Contains("employer") || t is "company" or "organisation" or "organization"
                or "empresa" or "empregador" or "empleador" or "entreprise" or "employeur" or "société" or "societe"
                or "firma" or "arbeitgeber" or "unternehmen" or "azienda" => Role.Employer,
            _ when t.Contains("responsibilit") || t.Contains("activities") || t is "duties" or "achievements"
                || t.StartsWith("atividades", StringComparison.Ordinal) || t.StartsWith("actividades", StringComparison.Ordinal)
                || t is "funciones" or "responsabilidades" or "missions" or "tâches" or "taches" or "tätigkeiten" or "tätigkeit"
                or "aufgaben" or "mansioni" => Role.Activities,
            // "Degree obtained", "Abschluss", "Diplôme obtenu", "Titolo conseguito": the degree a school's record ends in.
            // "Level: Master's Degree" on a form whose schooling records read "Period: / Level: / Specialization:".
            _ when t.Contains("qualification") || t is "degree" or "award" or "diploma" or "degree obtained" or "degree awarded"
                or "level" or "degree level" or "education level" or "level of education" or "niveau d'études"
                or "nivel de estudios" or "nível de ensino" or "nivel educativo"
                or "abschluss" or "akademischer grad" or "diplôme" or "diplome" or "diplôme obtenu" or "titre obtenu"
                or "titolo di studio" or "titolo conseguito" or "título obtenido" or "titulo obtenido" or "titulación"
                or "grau académico" or "grau acadêmico" or "titulação" => Role.Qualification,
            _ when t.Contains("providing education") || t.Contains("organisation providing") || t is "institution" or "school" or "university"
                or "instituição" or "instituicao" or "instituto" or "institución" or "institucion" or "escola" or "escuela"
                or "universidade" or "universidad" or "établissement" or "etablissement" or "école" or "ecole" or "hochschule" => Role.Institution,
            _ when t.Contains("type of business") || t.Contains("sector") || t.Contains("level in national") => Role.Other,
            _ => EuropassPhrasing(t),
        };
    }

    /// <summary>
    /// The Europass CV's long labels as each language words them ("Nom et adresse de l'employeur", "Beruf oder Funktion",
    /// "Nombre y tipo del centro de estudios"). Each needs two cues, as every edition's label has them, so a line of
    /// content that mentions one such word ("Funciones de atención al cliente") is no label; the field a label names wins
    /// over the words around it: the employer's "name and address" is the employer, not a name.
    /// </summary>
    private static Role EuropassPhrasing(string label)
    {
        // Most text that comes here is content: a label holds at least one of the stems below, and a search for all of
        // them at once turns the rest away before any splitting.
        if (label.Length > 100 || !label.AsSpan().ContainsAny(Stems) || label.Any(char.IsDigit))
        {
            return Role.None;
        }
        var words = Words().Split(label).Where(w => w.Length > 0).ToArray();
        if (words.Length is < 2 or > 12)
        {
            return Role.None;
        }
        // A stem starts a word, allowing an inflection ("Arbeitgebers"), or ends a German compound ("Ausbildungseinrichtung").
        bool Has(params string[] stems) => words.Any(w => stems.Any(s => w.StartsWith(s, StringComparison.Ordinal) && w.Length <= s.Length + 3
            || s.Length >= 8 && w.EndsWith(s, StringComparison.Ordinal)));
        int Count(params string[] stems) => words.Count(w => stems.Any(s => w.StartsWith(s, StringComparison.Ordinal) && w.Length <= s.Length + 3
            || s.Length >= 8 && w.EndsWith(s, StringComparison.Ordinal)));
        var named = Has("name", "nom", "nombre", "nome", "naam");
        if (named && Has("employeur", "empleador", "empregador", "arbeitgeber", "datore", "werkgever"))
        {
            return Role.Employer;
        }
        if (named && (Has("einrichtung", "établissement", "etablissement", "erogatrice", "opleidingsinstituut", "onderwijsinstelling")
            || Has("centro", "organização", "organizacao", "organización", "organizacion", "organizzazione")
               && Has("estudios", "ensino", "formação", "formacao", "formación", "formacion", "istruzione", "educación", "educacion", "enseñanza")))
        {
            return Role.Institution;
        }
        if (Has("qualifikation", "qualification", "qualifica", "qualificação", "qualificacao", "cualificación", "cualificacion", "kwalificatie", "diplôme", "diplome")
            && Has("bezeichnung", "erworbenen", "intitulé", "intitule", "délivré", "delivre", "obtenida", "rilasciata", "designação", "designacao", "atribuída", "atribuida", "behaalde", "titolo"))
        {
            return Role.Qualification;
        }
        if (Has("matières", "matieres", "materias", "hauptfächer", "hauptfacher", "tematiche", "disciplinas", "vakken")
            && Has("compétences", "competences", "capacidades", "fähigkeiten", "fahigkeiten", "competenze", "competências", "competencias", "beroepsvaardigheden", "professionnelles", "profesionales"))
        {
            return Role.Subjects;
        }
        if (Count("activités", "activites", "tätigkeiten", "zuständigkeiten", "attività", "attivita", "actividades", "atividades",
            "responsabilités", "responsabilites", "responsabilidades", "responsabilità", "responsabilita", "werkzaamheden",
            "verantwoordelijkheden", "funciones") >= 2)
        {
            return Role.Activities;
        }
        if (Count("poste", "fonction", "beruf", "funktion", "cargo", "posizione", "lavoro", "função", "funcao", "profesión", "profesion",
            "functie", "positie", "occupé", "occupe", "desempeñado", "desempenado", "ricoperti", "ocupado") >= 2)
        {
            return Role.Position;
        }
        if (Has("secteur", "branche", "settore", "sector", "sektor") && Has("type", "tipo", "art", "tätigkeitsbereich", "soort"))
        {
            return Role.Other;
        }
        if (label.Contains('/') && Has("surname", "prénom", "prenom", "vorname", "nachname", "apellido", "cognome", "apelido", "voornaam", "achternaam"))
        {
            return Role.Name;
        }
        return Role.None;
    }

    /// <summary>Every stem that one of the rules above needs in a label (the second cues are not enough alone).</summary>
    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["employeur", "empleador", "empregador", "arbeitgeber", "datore", "werkgever", "einrichtung", "établissement", "etablissement", "erogatrice", "opleidingsinstituut", "onderwijsinstelling", "centro", "organização", "organizacao", "organización", "organizacion", "organizzazione", "qualifikation", "qualification", "qualifica", "qualificação", "qualificacao", "cualificación", "cualificacion", "kwalificatie", "diplôme", "diplome", "matières", "matieres", "materias", "hauptfächer", "hauptfacher", "tematiche", "disciplinas", "vakken", "activités", "activites", "tätigkeiten", "zuständigkeiten", "attività", "attivita", "actividades", "atividades", "responsabilités", "responsabilites", "responsabilidades", "responsabilità", "responsabilita", "werkzaamheden", "verantwoordelijkheden", "funciones", "poste", "fonction", "beruf", "funktion", "cargo", "posizione", "lavoro", "função", "funcao", "profesión", "profesion", "functie", "positie", "occupé", "occupe", "desempeñado", "desempenado", "ricoperti", "ocupado", "secteur", "branche", "settore", "sector", "sektor", "surname", "prénom", "prenom", "vorname", "nachname", "apellido", "cognome", "apelido", "voornaam", "achternaam"], StringComparison.Ordinal);

    /// <summary>The employer's label of a Europass CV asks for its address too ("Name and address of employer", "Nom et
    /// adresse de l'employeur"): what follows the name's first comma is that address.</summary>
    public static bool AsksAddress(string label) =>
        Words().Split(label.ToLowerInvariant()).Any(w => w is "address" or "adresse" or "adres" or "dirección" or "direccion"
            or "indirizzo" or "morada" or "endereço" or "endereco" or "anschrift" or "adresa");

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}]+")]
    private static partial System.Text.RegularExpressions.Regex Words();
}
