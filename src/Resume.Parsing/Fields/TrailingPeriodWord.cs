namespace Resume.Parsing.Fields;

/// <summary>"Seriomed Serviços médicos Período (2015-2023)", "Hafenbau GmbH Zeitraum 2019 – 2021": a word for "period"
/// typed before an entry's dates, with no colon, labels the dates and is no part of the employer before it. Only words
/// that mean nothing but a span of time: "Data" or "Date" may end a name ("Nordic Big Data").</summary>
internal static partial class DateParser
{
    private static readonly string[] PeriodWords =
    [
        "period", "período", "periodo", "période", "periode", "zeitraum", "periodo di tempo", "okres", "období", "duration",
        "duración", "duração", "durée", "dauer",
    ];

    private static string WithoutPeriodWord(string before)
    {
        var t = before.TrimEnd(' ', ':', '(');
        foreach (var word in PeriodWords)
        {
            if (t.Length > word.Length + 1 && t.EndsWith(word, StringComparison.OrdinalIgnoreCase) && t[^(word.Length + 1)] == ' ')
            {
                return t[..^word.Length].TrimEnd();
            }
        }
        return before;
    }
}
