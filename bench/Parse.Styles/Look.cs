using System.Globalization;
using System.Text;
using Parse.Holdout;
using Parse.Holdout.Layouts;

namespace Parse.Styles;

/// <summary>Ways of writing dates, phones and degrees that the templates choose between, beyond what the person's own
/// <see cref="Style"/> says: other dash characters, other phone groupings, other degree orders.</summary>
internal static class Look
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <param name="format">A .NET date format with a month in it ("MMM yyyy", "MM/yyyy", "yyyy.MM", "MMMM yyyy").</param>
    public static string Date(string? iso, string format, string present = "Present")
    {
        if (string.IsNullOrEmpty(iso))
        {
            return present;
        }
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd", C);
        return d.ToString(format, C);
    }

    public static string Range(string? start, string? end, string format, string separator, string present = "Present") =>
        $"{Date(start, format)}{separator}{Date(end, format, present)}";

    /// <summary>"3 yrs 2 mos" after a range, as LinkedIn and some builders print it.</summary>
    public static string Duration(string start, string? end)
    {
        var a = DateOnly.ParseExact(start, "yyyy-MM-dd", C);
        var b = end is null ? new DateOnly(2025, 12, 1) : DateOnly.ParseExact(end, "yyyy-MM-dd", C);
        var months = Math.Max(1, (b.Year - a.Year) * 12 + b.Month - a.Month + 1);
        var (y, m) = (months / 12, months % 12);
        var parts = new List<string>();
        if (y > 0) parts.Add(y == 1 ? "1 year" : $"{y} years");
        if (m > 0) parts.Add(m == 1 ? "1 month" : $"{m} months");
        return string.Join(" ", parts);
    }

    /// <summary>The same number grouped another way: 0 as given, 1 country code and an unbroken national number,
    /// 2 non-breaking hyphens, 3 dots, 4 the country code in brackets.</summary>
    public static string Phone(string phone, int variant)
    {
        var plus = phone.TrimStart().StartsWith('+');
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        if (digits.Length < 7)
        {
            return phone;
        }
        var (cc, national) = plus ? SplitCountryCode(digits) : ("", digits);
        return variant switch
        {
            1 => plus ? $"+{cc} {national}" : national,
            2 => plus ? $"+{cc}\u2011{Group(national, "\u2011")}" : Group(national, "\u2011"),
            3 => plus ? $"+{cc}.{Group(national, ".")}" : Group(national, "."),
            4 => plus ? $"(+{cc}) {Group(national, " ")}" : $"({national[..3]}) {Group(national[3..], " ")}",
            _ => phone,
        };
    }

    private static (string, string) SplitCountryCode(string digits)
    {
        foreach (var length in new[] { 1, 2, 3 })
        {
            var cc = digits[..length];
            if (cc is "1" or "7" || length == 2 && cc is "44" or "49" or "33" or "34" or "31" or "46" or "48" or "55" or "61" or "65" or "81" or "91" or "32" or "45" or "47" or "39" or "41" or "43" or "30" or "36" or "40" or "90" or "27" or "64" or "52" or "54" or "57" or "60" or "62" or "63" or "66" or "82" or "84" or "86"
                || length == 3)
            {
                return (cc, digits[length..]);
            }
        }
        return ("", digits);
    }

    private static string Group(string digits, string separator)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0 && digits.Length - i >= 3 && i < digits.Length - 1)
            {
                sb.Append(separator);
            }
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    /// <summary>"PhD, Computer Science; University (Town)": the degree, the field and the school on one line.</summary>
    public static string DegreeLine(Education e, string? town) =>
        $"{e.StudyType}, {e.Area}; {e.Institution}{(town is null ? "" : $" ({town})")}";

    public static IEnumerable<string> Keywords(Parse.Holdout.Resume r) => r.Skills?.SelectMany(s => s.Keywords) ?? [];

    /// <summary>The name in the caps a template sets it in.</summary>
    public static string First(string name) => name.Split(' ')[0];

    public static string Rest(string name) => name.Contains(' ') ? name[(name.IndexOf(' ') + 1)..] : "";

    public static string Profiles(Content c, string separator) =>
        string.Join(separator, (c.Resume.Basics.Profiles ?? []).Select(p => Style.NoScheme(p.Url)));
}
