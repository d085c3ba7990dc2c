package chokepoint.ui.map;

import javafx.geometry.Point2D;

/** Robinson projection with the standard 5-degree table, linearly interpolated. */
final class Robinson implements Projection {

    static final Robinson INSTANCE = new Robinson();

    private static final double[] X = {
        1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
        0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322};
    private static final double[] Y = {
        0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
        0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000};

    private Robinson() {}

    @Override
    public Point2D project(double lon, double lat) {
        double a = Math.min(90, Math.abs(lat)) / 5;
        int i = Math.min(17, (int) Math.floor(a));
        double f = a - i;
        double px = X[i] + (X[i + 1] - X[i]) * f;
        double py = Y[i] + (Y[i + 1] - Y[i]) * f;
        return new Point2D(0.8487 * px * Math.toRadians(lon), -Math.signum(lat) * 1.3523 * py);
    }
}
