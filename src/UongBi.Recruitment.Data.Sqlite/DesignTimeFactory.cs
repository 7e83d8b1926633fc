using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace UongBi.Recruitment.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(options, DataServiceCollectionExtensions.BuildConnectionString("design-time.db"));
        return new AppDbContext(options.Options);
    }
}
