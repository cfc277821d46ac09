using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Entries of designed pages: text of a section set across both columns, read on after the jobs' column, sets no margin
/// for the jobs.
/// </summary>
public sealed class DesignedEntryTests
{
    [Fact]
    public void A_section_across_both_columns_read_on_after_the_jobs_sets_no_margin_for_them()
    {
        var resume = Read(DesignedEntryShapes.JobsOverProjectsAcross(
        [
            ("Ateliê Norte Digital", "Assistente de TI", "2024 - Momento",
                ["Refiz a página de vendas da loja com carregamento mais rápido em celulares antigos.",
                 "Mantive o inventário de notebooks e licenças da equipe em dia."]),
            ("Papelaria Vento Sul", "Designer Gráfica", "2022 - 2023",
                ["Criei embalagens e etiquetas para a linha de cadernos personalizados.",
                 "Preparei os arquivos de impressão para a gráfica parceira."]),
        ]));

        Assert.Equal(["Ateliê Norte Digital", "Papelaria Vento Sul"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Assistente de TI", "Designer Gráfica"], resume.Work.Select(w => w.Position));
    }
}
