using System.Collections.Frozen;

namespace Resume.Parsing.Fields;

/// <summary>
/// Labels of the personal details many CVs print as a small form ("Date of Birth : …", "Gender | Female",
/// "Father's Name : …", "Signature:"): facts about the person, never a group of skills. Words that also name a
/// field of skills ("Mobile: Kotlin, Swift", "Email: Mailchimp") are not among them.
/// </summary>
internal static class PersonalFields
{
    private static readonly FrozenSet<string> Labels = new[]
    {
        "name", "full name", "date of birth", "dob", "birth date", "birthday", "date and place of birth", "place of birth",
        "age", "gender", "sex", "nationality", "citizenship", "marital status", "civil status", "religion", "caste",
        "blood group", "height", "weight", "father name", "fathers name", "father s name", "mother name",
        "mothers name", "mother s name", "husband name", "husbands name", "spouse", "spouse name", "daughter of", "son of",
        "wife of", "guardian", "passport", "passport no", "passport number", "address", "permanent address",
        "present address", "postal address", "mobile no", "mobile number", "phone no", "phone number",
        "contact no", "contact number", "email id", "e mail id", "place", "date", "signature",
        "m f", "visa status", "work permit",
        // The same form as European CVs print it (a Lebenslauf's "Persönliche Daten", a CV's "État civil"): German,
        // French, Spanish, Portuguese, Italian, Dutch, Polish and Czech.
        "geburtsdatum", "geburtstag", "geburtsort", "geburtsdatum und ort", "geburtsdatum und geburtsort", "geboren",
        "geboren am", "staatsangehörigkeit", "staatsbürgerschaft", "nationalität", "familienstand", "konfession",
        "anschrift", "adresse", "wohnort", "alter", "geschlecht", "vorname", "nachname", "eltern", "kinder",
        "date de naissance", "date et lieu de naissance", "né le", "née le", "lieu de naissance", "nationalité",
        "situation familiale", "état civil", "âge", "sexe", "adresse postale",
        "fecha de nacimiento", "lugar de nacimiento", "fecha y lugar de nacimiento", "nacionalidad", "estado civil", "edad",
        "sexo", "dirección", "domicilio", "dni", "nie", "nombre", "nombre completo", "nome", "nome completo", "nom", "naam",
        "data de nascimento", "naturalidade", "nacionalidade", "idade", "endereço", "morada", "cpf",
        "data di nascita", "luogo di nascita", "luogo e data di nascita", "data e luogo di nascita", "nazionalità",
        "cittadinanza", "stato civile", "età", "sesso", "indirizzo", "residenza", "codice fiscale",
        "geboortedatum", "geboorteplaats", "nationaliteit", "burgerlijke staat", "leeftijd", "geslacht", "adres", "woonplaats",
        "data urodzenia", "miejsce urodzenia", "obywatelstwo", "stan cywilny", "datum narození", "místo narození",
        "státní příslušnost", "rodinný stav",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Date of Birth &amp; Age", "GENDER (M/F)", "Daughter of/Son of": every part names a personal detail.</summary>
    public static bool IsLabel(string label)
    {
        var text = label.Trim().TrimEnd(':', '-', ' ');
        var open = text.IndexOf('(');
        if (open > 0)
        {
            text = text[..open];
        }
        if (text.Length is < 2 or > 40)
        {
            return false;
        }
        var parts = text.Split(['&', '/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => Labels.Contains(Key(p)));
    }

    /// <summary>The label before a colon or in the first cell of a line, when it names a personal detail.</summary>
    public static bool IsLabelled(string firstCell, string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && IsLabel(text[..colon]) || firstCell.Length < text.Length && IsLabel(firstCell);
    }

    private static string Key(string part)
    {
        var builder = new System.Text.StringBuilder(part.Length);
        foreach (var c in part)
        {
            builder.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
