using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Compulsory service, military or its civilian alternative, is listed among the jobs: a heading naming it
/// opens work, not unpaid work.</summary>
public sealed class ServiceHeadingTests
{
    [Fact]
    public void A_civilian_service_heading_opens_work()
    {
        var resume = Read(RawPdf.HelveticaPage(
            Line(22, 740, "(Levin Starkmann) Tj"),
            Line(11, 720, "(levin.starkmann@example.de | +49 170 5550123) Tj"),
            Bold(14, 686, "(Berufserfahrung) Tj"),
            Line(11, 666, "(10/2012 - heute) Tj") + Line(11, 666, "(Elektroniker, Hallbach Anlagenbau GmbH, Kassel) Tj", 170),
            Bold(14, 632, "(Zivildienst) Tj"),
            Line(11, 612, "(09/2011 - 08/2012) Tj") + Line(11, 612, "(Rettungssanitäter, Kreisverband Obertal, Fulda) Tj", 170),
            Bold(14, 578, "(Ausbildung) Tj"),
            Line(11, 558, "(08/2008 - 06/2011) Tj") + Line(11, 558, "(Ausbildung zum Elektroniker, Berufsschule Kassel) Tj", 170)));

        Assert.Equal(2, resume.Work.Count);
        Assert.Empty(resume.Volunteer);
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";
}
