using System.Reflection;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Tests.Access;

/// <summary>Ids of a user's own ward and another ward, with one candidate of each, in the demo database.</summary>
public sealed record MatrixFixture(int OwnWard, int OtherWard, int OwnCandidate, int OtherCandidate);

/// <summary>
/// One service operation of the product for the access matrix. <see cref="Run"/> returns true when the
/// operation gave the user what was asked (data, or a change made), false when it refused or gave nothing.
/// <see cref="AllowedOwn"/>/<see cref="AllowedOther"/> list the users (see <see cref="Users"/>) expected to
/// succeed for their own ward and for another ward. Each feature adds its operations in a class of its own
/// implementing <see cref="IMatrixOperations"/> in this folder.
/// </summary>
public sealed record MatrixOperation(
    string Name, bool PerWard, string[] AllowedOwn, string[] AllowedOther, Func<IServiceProvider, MatrixFixture, int, Task<bool>> Run)
{
    public static IReadOnlyList<MatrixOperation> All() =>
        [.. typeof(MatrixOperation).Assembly.GetTypes()
            .Where(t => typeof(IMatrixOperations).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .SelectMany(t => ((IMatrixOperations)Activator.CreateInstance(t)!).Operations)];

    /// <summary>Calls a service that refuses by throwing; null when it refused.</summary>
    public static async Task<T?> Try<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }
}

public interface IMatrixOperations
{
    IEnumerable<MatrixOperation> Operations { get; }
}

/// <summary>The kinds of user the matrix runs as.</summary>
public static class Users
{
    public const string Administrator = "Administrator";
    public const string CityCommittee = "CityCommittee";
    public const string WardSecretary = "WardSecretary";
    public const string WardSecretaryWithoutWard = "WardSecretaryWithoutWard";
    public const string Viewer = "Viewer";
    public const string Anonymous = "Anonymous";

    public static readonly string[] Everyone = [Administrator, CityCommittee, WardSecretary, WardSecretaryWithoutWard, Viewer];
    public static readonly string[] AllWardReaders = [Administrator, CityCommittee, Viewer];
    public static readonly string[] Nobody = [];
}
