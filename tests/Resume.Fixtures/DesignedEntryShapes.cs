using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>
/// Entries as design tools set them: each job's lines in sizes of their own (employer, then title, then dates), the
/// duties in the body's smaller type, and a section set across both columns under them.
/// </summary>
public static class DesignedEntryShapes
{
    /// <summary>A contact sidebar (left) beside the jobs (right): each job as employer (14 pt), title (14 pt), dates
    /// (14 pt) at the column's edge, its duties as 11 pt lines indented past them; under both columns a "PROJECTS"
    /// section set across the page, its right half's name indented and its text further left than the jobs.</summary>
    public static byte[] JobsOverProjectsAcross(IReadOnlyList<(string Employer, string Title, string Dates, string[] Duties)> jobs)
    {
        const double Side = 40, Main = 311, Duty = 322, Across = 304;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Inês Calado Moura", Side, 30);
            c.Advance(30);
            c.Draw("DESENVOLVEDORA FRONT-END", Side, 14);
            c.Advance(40);
            var top = c.Y;
            c.Draw("CONTATO", Side, 16);
            c.Advance(30);
            c.Draw("(21) 98123-4567", Side + 25, 12);
            c.Advance(30);
            c.Draw("ines.moura@example.com", Side + 25, 12);
            c.Advance(30);
            c.Draw("Niterói", Side + 25, 12);
            c.Advance(40);
            c.Draw("EDUCAÇÃO", Side, 16);
            c.Advance(26);
            c.Draw("2021 - 2024", Side, 14);
            c.Advance(22);
            c.Draw("Universidade Federal Fluminense", Side, 14);
            c.Advance(22);
            c.Draw("Sistemas de Informação", Side, 14);
            var sideBottom = c.Y;
            c.Y = top;
            c.Draw("EXPERIÊNCIA", Main, 16);
            c.Advance(28);
            foreach (var job in jobs)
            {
                c.Draw(job.Employer, Main, 14);
                c.Advance(22);
                c.Draw(job.Title, Main, 14);
                c.Advance(22);
                c.Draw(job.Dates, Main, 14);
                c.Advance(20);
                foreach (var duty in job.Duties)
                {
                    c.Paragraph(duty, Duty, 235, 11, leading: 15);
                }
                c.Advance(12);
            }
            c.Y = Math.Max(c.Y, sideBottom) + 30;
            c.Draw("PROJETOS", Side, 16);
            c.Advance(26);
            var row = c.Y;
            c.Draw("Painel de Estoque", Side + 12, 11);
            c.Advance(22);
            c.Paragraph("Criado do zero com gráficos de consumo por semana e alertas de reposição para a equipe.", Side - 8, 235, 11, leading: 22);
            c.Y = row;
            c.Draw("Aplicativo de Agenda", Main + 12, 11);
            c.Advance(22);
            c.Paragraph("Aplicativo nativo com lembretes, modo escuro e sincronização entre aparelhos da família.", Across, 235, 11, leading: 22);
        }
        return PdfResume.Save(document);
    }
}
