using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV typed in Word as a form in Spanish or Portuguese: "Nombre:" or "Nome completo:" labels the name under a
/// "Datos personales" heading, and each value may close with a stop as a sentence does.
/// </summary>
public sealed class LabelledNameLanguagesTests
{
    [Theory]
    [InlineData("Nombre:", "Lucía Ferrer Olmos.", "Lucía Ferrer Olmos")]
    [InlineData("Nombre completo:", "Tomás Ibarra Quesada", "Tomás Ibarra Quesada")]
    [InlineData("Nome completo:", "Rita Valadares Cunha", "Rita Valadares Cunha")]
    [InlineData("Naam:", "Joris Verhelst", "Joris Verhelst")]
    public void A_name_labelled_in_the_form_s_language_is_the_name(string label, string value, string name)
    {
        const double left = 60;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Curriculum Vitae", 230, 14, bold: true);
            c.Advance(30);
            c.Draw("Datos Personales:", left, 12, bold: true);
            c.Advance(18);
            foreach (var (l, v) in new[] { (label, value), ("DNI:", "70418233."), ("Correo:", "contacto.cv@example.com") })
            {
                c.Draw(l, left, 11);
                c.Draw(v, left + 140, 11);
                c.Advance(15);
            }
            c.Advance(14);
            c.Draw("Experiencia Laboral:", left, 12, bold: true);
            c.Advance(18);
            c.Draw("2018 - 2020", left, 11);
            c.Draw("Asistente de Laboratorio", left + 140, 11);
            c.Advance(15);
            c.Draw("Clínica San Arcadio", left + 140, 11);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(name, resume.Basics.Name);
    }
}
