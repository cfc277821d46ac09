using System.Text.RegularExpressions;
using ModelEducation = Resume.Model.Education;

namespace Resume.Parsing.Fields;

internal static partial class EducationParser
{
    /// <summary>
    /// The last look at a degree once every layout path has read it. A field read with no degree beside it that itself
    /// names a degree ("Engineering Degree Data Science", "Computer Science Engineer", "Wirtschaftsinformatik Studium") was a
    /// degree line no grammar upstream could split. Where its words would part is a guess ("Cycle ingénieur", "Degree of
    /// Science" go on naming the degree), so the line is kept whole as the degree, its field inside it, as printed.
    /// </summary>
    private static ModelEducation WithFieldsTidied(ModelEducation education)
    {
        // A field of study is words: figures alone ("3.92", "3.929.") are the grade, read where the field stands.
        if (education.Area is { } figures && !figures.Any(char.IsLetter))
        {
            education = education with { Area = null, Score = education.Score ?? (figures.Any(char.IsDigit) ? figures.Trim().TrimEnd('.') : null) };
        }
        // "Spécialité Génie Informatique", "Schwerpunkt Robotik", "Filière Ingénierie des Systèmes d'Information": the word that
        // labels the field as the degree's track, with no colon after it, is no part of the field.
        if (education.Area is { } labelled && TrackLabel().Match(labelled) is { Success: true } label && label.Length < labelled.Length)
        {
            education = education with { Area = labelled[label.Length..].Trim() };
        }
        if (education is not { StudyType: null, Area: { } field })
        {
            return education;
        }
        if (SplitDegree(field) is { Type: { } type } split)
        {
            return education with { StudyType = type, Area = split.Area };
        }
        // "Sane Guruji Kanya Highschool": a school's name read as the field keeps its school word; it names no degree.
        if (!HoldsDegreeWord(field) || IsInstitution(field) || SplitPieces(field).Any(IsSchoolName))
        {
            return education;
        }
        return education with { StudyType = field, Area = null };
    }

    [GeneratedRegex(@"^(?:spécialité|specialite|filière|filiere|option|parcours|schwerpunkt|fachrichtung|studienrichtung|vertiefung(?:srichtung)?|especialidad|especializaci[óo]n|mención|ênfase|habilitação|especialização|indirizzo|specializzazione|richting|afstudeerrichting|specjalność|specialization|specialisation)\s*:?\s+(?-i:(?=\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex TrackLabel();

    /// <summary>A word that names a degree ("Degree", "Diploma", "Studium", "Ingénieur", "Técnico") stands somewhere in the text.</summary>
    private static bool HoldsDegreeWord(string text)
    {
        foreach (var i in WordStarts(text))
        {
            var m = DegreeAt(text, i);
            if (!m.Success)
            {
                m = AwardWord().Match(text, i, text.Length - i);
                m = m.Success && m.Index == i ? m : Match.Empty;
            }
            // A lower-case word of three letters or fewer reads as an everyday word ("as", "ma", "bac" in a sentence).
            if (m.Success && (m.Value.Trim().Length > 3 || m.Value.Any(char.IsUpper)))
            {
                return true;
            }
        }
        return false;
    }
}
