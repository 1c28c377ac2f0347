package io.lastmilehub.planning.render;

import io.lastmilehub.model.GeoPoint;

import java.util.List;

/**
 * Fits a set of points into a drawing area: an equirectangular projection around their mean latitude (longitudes
 * shrunk by its cosine, so a city looks like the city), scaled to fit with a margin and north up.
 */
final class MapProjection {

    private final double minX;
    private final double maxY;
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final double cosLat;

    MapProjection(List<GeoPoint> points, double width, double height, double margin) {
        cosLat = Math.cos(Math.toRadians(points.stream().mapToDouble(GeoPoint::getLatitude).average().orElse(0)));
        double x0 = points.stream().mapToDouble(this::x).min().orElse(0);
        double x1 = points.stream().mapToDouble(this::x).max().orElse(0);
        double y0 = points.stream().mapToDouble(GeoPoint::getLatitude).min().orElse(0);
        double y1 = points.stream().mapToDouble(GeoPoint::getLatitude).max().orElse(0);
        double spanX = Math.max(x1 - x0, 1e-6);
        double spanY = Math.max(y1 - y0, 1e-6);
        scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
        minX = x0;
        maxY = y1;
        offsetX = margin + ((width - 2 * margin) - spanX * scale) / 2;
        offsetY = margin + ((height - 2 * margin) - spanY * scale) / 2;
    }

    double px(GeoPoint p) {
        return offsetX + (x(p) - minX) * scale;
    }

    double py(GeoPoint p) {
        return offsetY + (maxY - p.getLatitude()) * scale;
    }

    private double x(GeoPoint p) {
        return p.getLongitude() * cosLat;
    }
}
