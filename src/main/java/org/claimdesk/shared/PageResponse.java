package org.claimdesk.shared;

import org.springframework.data.domain.Page;

import java.util.List;

/** One page of a list as the API returns it (a stable shape, unlike Spring Data's Page). */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
