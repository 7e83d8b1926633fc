# Multi-stage build: the SDK image builds and publishes; the small ASP.NET runtime image runs as a
# non-root user with the SQLite database, its backups, logs and data-protection keys on the /data volume.
# No secret is baked in: configuration comes from environment variables at run time.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig UongBi.Recruitment.sln ./
COPY src/UongBi.Recruitment.Domain/UongBi.Recruitment.Domain.csproj src/UongBi.Recruitment.Domain/
COPY src/UongBi.Recruitment.Data/UongBi.Recruitment.Data.csproj src/UongBi.Recruitment.Data/
COPY src/UongBi.Recruitment.Data.Sqlite/UongBi.Recruitment.Data.Sqlite.csproj src/UongBi.Recruitment.Data.Sqlite/
COPY src/UongBi.Recruitment.Web/UongBi.Recruitment.Web.csproj src/UongBi.Recruitment.Web/
RUN dotnet restore src/UongBi.Recruitment.Web/UongBi.Recruitment.Web.csproj
COPY src/ src/
RUN dotnet publish src/UongBi.Recruitment.Web/UongBi.Recruitment.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# The aspnet image ships the non-root user "app" (UID 1654); /data must be writable by it.
RUN mkdir -p /data && chown app:app /data
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Path=/data/recruitment.db \
    DataProtection__KeysFolder=/data/keys \
    Serilog__WriteTo__1__Args__path=/data/logs/uongbi-recruitment-.log
USER app
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["dotnet", "/app/UongBi.Recruitment.Web.dll", "healthcheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "UongBi.Recruitment.Web.dll"]
