namespace Resume.Parsing.Fields;

/// <summary>What a label in a label/value layout names (the Europass CV's "Occupation or position held", a form's
/// "Employer:", "Dates:"), read by its words so the many phrasings of one field agree.</summary>
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
            "dates" or "date" or "period" or "from - to" or "from – to" or "duration" or "years" => Role.Dates,
            "name" or "full name" or "first name(s) / surname(s)" or "surname(s) / first name(s)" or "first name / surname"
                or "first name(s) surname(s)" => Role.Name,
            _ when t.Contains("subjects") || t is "field of study" or "major" or "field" or "specialisation" or "specialization" => Role.Subjects,
            _ when t.Contains("position") || t.Contains("occupation") || t is "job title" or "title" or "role" => Role.Position,
            _ when t.Contains("employer") || t is "company" or "organisation" or "organization" => Role.Employer,
            _ when t.Contains("responsibilit") || t.Contains("activities") || t is "duties" or "achievements" => Role.Activities,
            _ when t.Contains("qualification") || t is "degree" or "award" or "diploma" => Role.Qualification,
            _ when t.Contains("providing education") || t.Contains("organisation providing") || t is "institution" or "school" or "university" => Role.Institution,
            _ when t.Contains("type of business") || t.Contains("sector") || t.Contains("level in national") => Role.Other,
            _ => Role.None,
        };
    }
}
