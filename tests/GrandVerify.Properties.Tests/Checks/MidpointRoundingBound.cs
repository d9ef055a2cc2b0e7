namespace GrandVerify.Properties.Tests.Checks;

/// <summary>
/// Rounding bound for the charge under one step of a midpoint map
/// y' = S^{-1} (I + h/2 E)^2 y, S = I + h^2/(4 eps) C, E = [[0, a I], [b C, 0]] (40), which keeps
/// Q_R = sum_i p_i^T R x_i exactly when C R^ = R^ C (R^ = I_n (x) R). Per step
/// |dQ_round| &lt;= K_step u rho sigma, and over k steps with Q evaluated at both ends
/// |Q_k - Q_0| &lt;= u rho (K_step sum_{j&lt;k} sigma_j + K_Q (|x_0||p_0| + |x_k||p_k|)).
/// <para>
/// Notation (2-norms over all nodes): xi = |x|, eta = |p|, c = |C|_inf (which bounds |C|_2 and
/// || |C| ||_2 as C is symmetric), alpha = h a/2, beta = h |b| c/2, theta = alpha beta =
/// h^2 c/(4 eps), X = xi + alpha eta (x and its half-step increment), P = eta + beta xi,
/// sigma = X P, rho = |R|_F (bounds |R|_2 and || |R| ||_2), m = n d.
/// Assumptions, checked at every step: theta &lt;= 1/4 and || |L||U| ||_inf &lt;= 2 for the LU
/// of S.
/// </para>
/// <para>
/// Propagation. An error e = (e_x, e_p) made at an intermediate state z changes the final Q by
/// e^T N^T F N z with N the rest of the map and F = J (x) R^. Since
/// (I + h/2 E)^T F (I + h/2 E) = diag(S, S) F, the rest after pass 1 gives diag(S^{-1}) F and
/// after pass 2 diag(S^{-2}) F: the error counts with f_1 = |S^{-1}| &lt;= 4/3 and
/// f_2 &lt;= 16/9 times rho (|e_x| |z_p| + |e_p| |z_x|). Intermediate sizes: after pass 1
/// |x| &lt;= X, |p| &lt;= P; after pass 2 |x| &lt;= 2X, |p| &lt;= 2P (alpha P &lt;= X and
/// beta X &lt;= P as theta &lt;= 1); after the solves 8/3 X and 8/3 P.
/// </para>
/// <para>
/// Pass 1 (f_1): x + alpha p costs 2u X against |p| &lt;= P: 2. p + (h b/2) C x costs
/// gamma_m beta xi + u beta xi + u P &lt;= (m + 2) u P against |x| &lt;= X: m + 2. The computed
/// C differs from a commuting one by 2u |C| entrywise (rounding of -k W_ab plus 2 G on the
/// diagonal; the scalars G, k themselves keep the commutation), an error 2u beta xi &lt;= 2u P
/// in p: 2. Pass 1: (4/3)(m + 6).
/// Pass 2 (f_2): x: 3u X against 2P: 6; p: (m + 3) u P against 2X: 2m + 6; C: 2u P against
/// 2X: 4. Pass 2: (16/9)(2m + 16).
/// Solves: the LU backward error gamma_{3m} |L||U| &lt;= 6m u |S| and the formation of S
/// (4u |S|, |S| &lt;= 5/4) give a relative error (4/3)(6m + 5) u in each of x', p', which moves
/// Q by 2 (8m + 20/3) u |x'| |p'| &lt;= 2 (8m + 20/3) (64/9) u sigma.
/// Scalars: a b differs from -1/eps by &lt;= 11u (two exponentials, a division, the products
/// h/2 a, h/2 b, h^2/(4 eps)), so (I + h/2 E)^T F (I + h/2 E) misses diag(S) F by 11 u theta
/// per pass; with theta xi eta &lt;= sigma/4 and f_2 this is &lt;= 10.
/// Sum: K_step = 118.7 m + 141.2, rounded up to 119 m + 142.
/// </para>
/// <para>
/// Evaluating Q = sum_i sum_a p_ia (R x_i)_a: an inner product of length m after products of
/// length d, error &lt;= gamma_{m + d + 1} rho |x||p|: K_Q = m + d + 1 per evaluation. The
/// form K u N scale follows with scale = rho max_j sigma_j and K = K_step + 2 K_Q
/// = 121 m + 2d + 144; summing sigma_j instead of N max sigma_j is tighter.
/// </para>
/// <para>
/// The fixed-point implicit midpoint returns y^{J} = P(xi_{J-1}) y_k: each iterate is one
/// application of the map above at some point xi, which keeps Q exactly whatever xi is, so
/// its solver tolerance contributes 0 u to the charge; the same K holds, with C taken at the
/// step's midpoint and a, b at t_k + h/2.
/// </para>
/// </summary>
public static class MidpointRoundingBound
{
    /// <summary>Unit roundoff u = 2^-53.</summary>
    public const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>Largest theta = h^2 |C|_inf/(4 eps) the analysis admits.</summary>
    public const double MaxTheta = 0.25;

    /// <summary>Largest || |L||U| ||_inf of the LU of S the analysis admits.</summary>
    public const double MaxLuGrowth = 2.0;

    /// <summary>K_step = 119 n d + 142 (see the type's remarks).</summary>
    public static double StepConstant(int nodes, int dimension) =>
        (119.0 * nodes * dimension) + 142.0;

    /// <summary>K_Q = n d + d + 1: rounding of one evaluation of Q.</summary>
    public static double ChargeConstant(int nodes, int dimension) =>
        (nodes * dimension) + dimension + 1.0;

    /// <summary>K of the form K u N scale: K_step + 2 K_Q = 121 n d + 2 d + 144.</summary>
    public static double Constant(int nodes, int dimension) =>
        StepConstant(nodes, dimension) + (2.0 * ChargeConstant(nodes, dimension));
}
