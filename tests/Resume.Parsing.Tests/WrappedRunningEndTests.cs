using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A job's one-line header filled its narrow column, and the running end of its range ("heute", "actualidad",
/// "present") went alone onto the next line: the word closes the range; it is no employer (invented people).</summary>
public sealed class WrappedRunningEndTests
{
    [Theory]
    [InlineData("Berufserfahrung", "heute", "Ausbildung")]
    [InlineData("Experiencia", "actualidad", "Formación")]
    [InlineData("Experience", "present", "Education")]
    public void The_running_end_alone_on_the_next_line_closes_the_range(string work, string present, string education)
    {
        var resume = Read($"""
            Marlene Vosskamp
            marlene.vosskamp@example.de | +49 171 5550123

            {work}

            Projektingenieurin, Stadtwerke Halbach GmbH, 03/2019 –
            {present}
            • Planung von Trinkwasserleitungen für 40.000 Einwohner
            Bauleiterin, Tiefbau Ostmark AG, 09/2016 – 02/2019
            • Leitung eines Teams von fünf Technikern

            {education}

            M.Sc. Bauingenieurwesen, Technische Universität Kellbrück, 2013 – 2016
            """);

        Assert.Equal([("Stadtwerke Halbach GmbH", "Projektingenieurin", "2019-03", null), ("Tiefbau Ostmark AG", "Bauleiterin", "2016-09", "2019-02")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }
}
