using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace UongBi.Recruitment.Web.Infrastructure.Auth;

/// <summary>
/// Keeps <see cref="CurrentUser"/> of a circuit equal to its authentication state, including when the
/// periodic revalidation signs a disabled account out.
/// </summary>
internal sealed class UserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        currentUser.Set((await authentication.GetAuthenticationStateAsync()).User);
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;

    private void OnChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(
            t => currentUser.Set(t.Result.User),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
}
