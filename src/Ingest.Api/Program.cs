using Ingest.Api.Hosting;
using Pipeline.ServiceDefaults;

// Settings files sit beside the binary; relative data paths stay relative to where the service was started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddServiceDefaults();
builder.AddIngest();

var app = builder.Build();
app.UseIngest();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
