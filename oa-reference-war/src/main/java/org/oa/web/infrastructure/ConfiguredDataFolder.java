package org.oa.web.infrastructure;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.oa.web.application.DataFolder;

/** The application's data folder: {@code oa.data.dir} (see {@link DatabaseSettings#dataDir()}), read at each call. */
@ApplicationScoped
public class ConfiguredDataFolder implements DataFolder {

    @Override
    public Path path() {
        return DatabaseSettings.dataDir();
    }
}
