namespace Resume.Parsing.Fields;

/// <summary>What a label in a label/value layout names (the Europass CV's "Occupation or position held", a form's
/// "Employer:", "Dates:"), read by its words so the many phrasings of one field agree. Forms are written in every
/// language: "Empresa: / Cargo: / Atividades:" in Portuguese and Spanish, "Firma: / Tätigkeit:" in German,
/// "Entreprise : / Poste :" in French name the same fields.</summary>
internal static class FieldLabels
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
                or "período" or "periodo" or "période" or "zeitraum" or "fecha" or "fechas" or "data" or "datas" => Role.Dates,
            "name" or "full name" or "first name(s) / surname(s)" or "surname(s) / first name(s)" or "first name / surname"
                or "first name(s) surname(s)" => Role.Name,
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
            _ when t.Contains("qualification") || t is "degree" or "award" or "diploma" or "degree obtained" or "degree awarded"
                or "abschluss" or "akademischer grad" or "diplôme" or "diplome" or "diplôme obtenu" or "titre obtenu"
                or "titolo di studio" or "titolo conseguito" or "título obtenido" or "titulo obtenido" or "titulación"
                or "grau académico" or "grau acadêmico" or "titulação" => Role.Qualification,
            _ when t.Contains("providing education") || t.Contains("organisation providing") || t is "institution" or "school" or "university"
                or "instituição" or "instituicao" or "instituto" or "institución" or "institucion" or "escola" or "escuela"
                or "universidade" or "universidad" or "établissement" or "etablissement" or "école" or "ecole" or "hochschule" => Role.Institution,
            _ when t.Contains("type of business") || t.Contains("sector") || t.Contains("level in national") => Role.Other,
            _ => Role.None,
        };
    }
}
