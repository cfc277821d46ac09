using System.Reflection;
using System.Xml.Linq;
using Ingest.Api.Hosting;
using Ingest.Data.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;
using Pipeline.Stages;
using Pipeline.Stages.Hosting;
using Pipeline.Stages.Messaging;
using Pipeline.Testing;

namespace Deployment.Tests;

/// <summary>
/// docker-compose.yml and src/*/Dockerfile, which cannot run here (no Docker engine), checked against the code: every
/// service, project, port and setting they name exists and fits.
/// </summary>
public sealed class DeploymentFilesTests
{
    private const string Api = "Ingest.Api";

    /// <summary>The Azurite development account's key: public, the same in every Azurite.</summary>
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string[] ServiceProjects = ["Ingest.Api", "Workers.Parse", "Workers.Score", "Workers.Render"];

    private static readonly Dictionary<string, Action<MassTransit.IBusRegistrationConfigurator>> Stages = new()
    {
        ["Workers.Parse"] = bus => bus.AddParseStage(),
        ["Workers.Score"] = bus => bus.AddScoreStage(),
        ["Workers.Render"] = bus => bus.AddRenderStage(),
    };

    private readonly IReadOnlyDictionary<string, ComposeService> _compose = ComposeFile.Load(Path.Combine(RepoPaths.Root, "docker-compose.yml"));

    /// <summary>The compose services built from a project of ours, by project.</summary>
    private Dictionary<string, ComposeService> Built => _compose.Values
        .Where(s => s.Dockerfile is not null)
        .ToDictionary(s => ProjectOf(s.Dockerfile!), StringComparer.Ordinal);

    [Fact]
    public void Each_of_the_four_services_is_built_from_its_own_project_and_can_be_scaled()
    {
        Assert.Equal(ServiceProjects.Order(), Built.Keys.Order());
        foreach (var (project, service) in Built)
        {
            // The Dockerfiles copy the whole repository: they build from its root.
            Assert.Equal(".", service.BuildContext);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, service.Dockerfile!)), $"{service.Name}: {service.Dockerfile} is missing");
            Assert.True(service.ContainerName is null, $"{service.Name} has a fixed container name: --scale would clash");
            foreach (var port in service.Ports)
            {
                var host = port.Split(':')[0];
                Assert.True(project == Api && host.Contains('-'), $"{service.Name} publishes host port {host}: a second instance could not start");
            }
        }
    }

    [Fact]
    public void Every_dockerfile_publishes_a_project_that_exists_and_runs_that_projects_assembly()
    {
        var dockerfiles = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "Dockerfile", SearchOption.AllDirectories);
        Assert.Equal(ServiceProjects.Order(), dockerfiles.Select(d => Path.GetFileName(Path.GetDirectoryName(d)!)).Order());
        foreach (var path in dockerfiles)
        {
            var project = Path.GetFileName(Path.GetDirectoryName(path)!);
            var dockerfile = Dockerfile.Load(path);

            var publish = Assert.Single(dockerfile.All("RUN"), r => r.Contains("dotnet publish", StringComparison.Ordinal));
            var csproj = publish.Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(a => a.EndsWith(".csproj", StringComparison.Ordinal));
            Assert.Equal($"src/{project}/{project}.csproj", csproj);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, csproj)), $"{csproj} does not exist");

            Assert.Equal(["dotnet", AssemblyNameOf(csproj) + ".dll"], dockerfile.Entrypoint);
            var images = dockerfile.All("FROM").ToList();
            Assert.All(images, image => Assert.Contains($":{Environment.Version.Major}.0", image));
            Assert.Contains(images, image => image.StartsWith("mcr.microsoft.com/dotnet/aspnet:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Ingest.Api")]
    [InlineData("Workers.Parse")]
    public void A_service_that_parses_has_the_parser_processes_program_beside_it_the_tools_that_limit_them_and_ocr(string service)
    {
        // dotnet publish copies a referenced program with its runtimeconfig, as build does: the built service shows it.
        var folder = Path.GetDirectoryName(RepoPaths.ServiceDll(service))!;
        Assert.True(File.Exists(Path.Combine(folder, "Resume.Parsing.Isolation.dll")), $"no parser program beside {service}");
        Assert.True(File.Exists(Path.Combine(folder, "Resume.Parsing.Isolation.runtimeconfig.json")), $"the parser program beside {service} cannot be run");
        var install = Assert.Single(Dockerfile.Load(Path.Combine(RepoPaths.Root, "src", service, "Dockerfile")).All("RUN"), r => r.Contains("apt-get install", StringComparison.Ordinal));
        Assert.Contains("util-linux", install);
        Assert.Contains("tesseract-ocr", install);
        Assert.Contains("poppler-utils", install);
    }

    [Fact]
    public void Containers_listen_where_the_dockerfile_exposes_compose_maps_and_the_health_check_asks()
    {
        foreach (var (project, service) in Built)
        {
            var dockerfile = Dockerfile.Load(Path.Combine(RepoPaths.Root, service.Dockerfile!));
            var urls = service.Environment.GetValueOrDefault(CodeSettings.UrlsVariable) ?? dockerfile.Env(CodeSettings.UrlsVariable);
            Assert.False(urls is null, $"{service.Name} sets no {CodeSettings.UrlsVariable}: it would listen on localhost only, unreachable from other containers");
            var listen = new Uri(urls!.Replace("+", "0.0.0.0", StringComparison.Ordinal));
            Assert.Equal(urls, dockerfile.Env(CodeSettings.UrlsVariable));
            Assert.Equal(listen.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(dockerfile.All("EXPOSE")));

            foreach (var port in service.Ports)
            {
                Assert.Equal(listen.Port, int.Parse(port.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.Equal("CMD", service.HealthCheck[0]);
            var probe = new Uri(service.HealthCheck.Single(a => a.StartsWith("http", StringComparison.Ordinal)));
            Assert.Equal(listen.Port, probe.Port);
            Assert.Contains(probe.AbsolutePath, new[] { ServiceDefaultsExtensions.LivePath, ServiceDefaultsExtensions.ReadyPath });
            // The probe's program must be in the image.
            Assert.Contains(dockerfile.All("RUN"), r => r.Contains("install", StringComparison.Ordinal) && r.Contains(" " + service.HealthCheck[1], StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Depends_on_names_services_that_exist_and_waits_for_health_only_where_a_check_is_defined()
    {
        foreach (var service in _compose.Values)
        {
            foreach (var (name, condition) in service.DependsOn)
            {
                Assert.True(_compose.ContainsKey(name), $"{service.Name} depends on {name}, which is not a service");
                if (condition == "service_healthy")
                {
                    Assert.True(_compose[name].HealthCheck.Count > 0, $"{service.Name} waits for {name} to be healthy, but {name} has no health check");
                }
            }
        }
        // The services the pipeline talks to start first; workers need neither the API nor its database.
        Assert.Equal(["azurite", "rabbitmq", "sqlserver"], Built[Api].DependsOn.Keys.Order());
        Assert.All(Stages.Keys, w => Assert.Equal(["azurite", "rabbitmq"], Built[w].DependsOn.Keys.Order()));
    }

    [Fact]
    public void Every_environment_variable_compose_gives_a_service_is_a_setting_that_service_binds()
    {
        foreach (var (project, service) in Built)
        {
            var bound = CodeSettings.For(project);
            foreach (var variable in service.Environment.Keys)
            {
                Assert.True(bound.Contains(variable), $"{service.Name} sets {variable}, which {project} does not read. It reads: {string.Join(", ", bound.Order())}");
            }
        }
    }

    [Fact]
    public async Task The_compose_settings_pass_each_services_own_start_up_validation()
    {
        foreach (var (project, service) in Built)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = project, EnvironmentName = Environments.Production });
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddInMemoryCollection(service.Environment.Select(e => KeyValuePair.Create(ConfigurationKey(e.Key), (string?)e.Value)));
            builder.AddServiceDefaults();
            if (project == Api)
            {
                builder.AddIngest();
            }
            else
            {
                builder.AddStageWorker("http://localhost:5100", Stages[project]);
            }
            await using var app = builder.Build();

            foreach (var type in CodeSettings.OptionTypes(project))
            {
                var options = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
                try
                {
                    _ = typeof(IOptions<>).MakeGenericType(type).GetProperty("Value")!.GetValue(options);
                }
                catch (TargetInvocationException e) when (e.InnerException is OptionsValidationException invalid)
                {
                    Assert.Fail($"{service.Name}: {invalid.Message}");
                }
            }
            Assert.Equal(TransportKind.RabbitMq, app.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.Transport);
        }
    }

    [Fact]
    public void Connection_strings_point_at_compose_services_on_the_ports_those_services_listen_on()
    {
        foreach (var (_, service) in Built)
        {
            var env = service.Environment;
            Assert.True(RabbitMqAddress.TryParse(env["ConnectionStrings__RabbitMq"], out var rabbit), $"{service.Name}: not an amqp:// address");
            AssertServiceListens(rabbit.Host, rabbit.Port);

            var blobs = KeyValues(env["ConnectionStrings__Blobs"]);
            Assert.Equal("devstoreaccount1", blobs["AccountName"]);
            Assert.Equal(AzuriteKey, blobs["AccountKey"]);
            var endpoint = new Uri(blobs["BlobEndpoint"]);
            Assert.Equal("/devstoreaccount1", endpoint.AbsolutePath.TrimEnd('/'));
            AssertServiceListens(endpoint.Host, endpoint.Port);
            Assert.Equal("devstoreaccount1", new Azure.Storage.Blobs.BlobServiceClient(env["ConnectionStrings__Blobs"]).AccountName);
        }

        var api = Built[Api].Environment;
        AssertServiceListens(api["Smtp__Host"], int.Parse(api["Smtp__Port"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(nameof(DatabaseProvider.SqlServer), api["Database__Provider"]);
        var sql = new SqlConnectionStringBuilder(api["ConnectionStrings__Pipeline"]);
        AssertServiceListens(sql.DataSource, 1433);
        Assert.False(string.IsNullOrEmpty(sql.InitialCatalog), "no database named: the migrations would run in master");
        Assert.Equal("sa", sql.UserID);
        Assert.Equal(_compose[sql.DataSource].Environment["MSSQL_SA_PASSWORD"], sql.Password);
        // SQL Server's container certificate is self-signed, and the client encrypts by default.
        Assert.True(sql.TrustServerCertificate, "the client would refuse the container's self-signed certificate");
    }

    [Fact]
    public void The_contract_settings_are_bound_by_the_code_with_the_values_and_defaults_it_lists()
    {
        var bound = CodeSettings.For(Api);
        foreach (var row in ContractSettings.Rows)
        {
            if (ContractSettings.NotYetBuilt.Contains(row.Setting))
            {
                Assert.False(bound.Contains(row.Setting), $"{row.Setting} is bound now: take it off ContractSettings.NotYetBuilt so its values are checked");
                continue;
            }
            Assert.True(bound.Contains(row.Setting), $"the contract names {row.Setting}, which Ingest.Api does not read");
            var properties = CodeSettings.PropertiesOf(Api, row.Setting);
            foreach (var property in properties)
            {
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var fresh = Activator.CreateInstance(property.DeclaringType!);
                if (type.IsEnum)
                {
                    Assert.Equal(row.Values.Order(), Enum.GetNames(type).Order());
                    Assert.Equal(row.Values[0], property.GetValue(fresh)!.ToString());
                }
                else if (type == typeof(bool))
                {
                    // The contract writes booleans as configuration does: lower case.
                    Assert.Equal(row.Values.Order(), new[] { "false", "true" });
                    Assert.Equal(row.Values[0], property.GetValue(fresh)!.ToString()!.ToLowerInvariant());
                }
                else if (row.Values.Length > 0)
                {
                    Assert.Equal(row.Values[0], Convert.ToString(property.GetValue(fresh), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void Retired_settings_are_read_by_no_service_and_set_by_no_compose_service()
    {
        foreach (var (project, service) in Built)
        {
            var bound = CodeSettings.For(project);
            Assert.All(ContractSettings.Retired, setting => Assert.DoesNotContain(setting, bound));
            Assert.All(ContractSettings.Retired, setting => Assert.False(service.Environment.ContainsKey(setting), $"{service.Name} sets {setting}, which is retired"));
        }
        Assert.Equal("http://localhost:5000", Built[Api].Environment["PublicBaseUrl"]);
    }

    [Fact]
    public void Compose_sets_every_setting_of_the_distributed_mode_on_the_services_that_need_it()
    {
        foreach (var (project, service) in Built)
        {
            var wanted = project == Api ? ContractSettings.DistributedEverywhere.Concat(ContractSettings.DistributedApiOnly) : ContractSettings.DistributedEverywhere;
            foreach (var setting in wanted)
            {
                Assert.True(service.Environment.ContainsKey(setting), $"{service.Name} does not set {setting}");
            }
        }
        Assert.Equal(nameof(WorkersMode.None), Built[Api].Environment["Pipeline__Workers"]);
        Assert.All(Built.Values, s => Assert.Equal(nameof(TransportKind.RabbitMq), s.Environment["Pipeline__Transport"]));
        Assert.All(Built.Values, s => Assert.Equal(nameof(Pipeline.Storage.BlobStoreKind.AzureBlob), s.Environment["Pipeline__BlobStore"]));
    }

    [Fact]
    public async Task Compose_runs_the_rabbitmq_release_line_the_tests_run_against()
    {
        using var rabbit = new RabbitMqAdmin();
        var tested = (await rabbit.VersionAsync()).Split('.');
        var image = _compose["rabbitmq"].Image!;
        Assert.StartsWith($"rabbitmq:{tested[0]}.{tested[1]}", image);
    }

    [Fact]
    public void The_settings_scripts_services_sh_prints_are_settings_the_api_binds()
    {
        var bound = CodeSettings.For(Api);
        Assert.All(DistributedSettings.Load().Keys, key => Assert.Contains(key, bound));
    }

    private void AssertServiceListens(string host, int port)
    {
        Assert.True(_compose.TryGetValue(host, out var service), $"{host} is not a compose service");
        var ports = service.Ports.Select(p => p.Split(':')[^1])
            .Concat(service.Command.SkipWhile(a => a != "--blobPort").Skip(1).Take(1))
            .ToList();
        Assert.True(ports.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{host} does not listen on {port} (it has {string.Join(", ", ports)})");
    }

    /// <summary>How .NET reads an environment variable into configuration.</summary>
    private static string ConfigurationKey(string variable) => variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
        ? variable["ASPNETCORE_".Length..].ToLowerInvariant()
        : variable.Replace("__", ":", StringComparison.Ordinal);

    private static Dictionary<string, string> KeyValues(string connectionString) => connectionString
        .Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase);

    private static string ProjectOf(string dockerfile) => Path.GetFileName(Path.GetDirectoryName(dockerfile.Replace('\\', '/'))!);

    private static string AssemblyNameOf(string csproj) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, csproj)).Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(csproj);
}
